namespace FactExtract.Quantities;

internal enum AtomKind : byte
{
    Word,
    Number,
    Currency,
    Percent,
    Apostrophe,
    Tilde,
    Dash,
    Period,
    Comma,
    Other,
    /// <summary>An empty atom standing for a paragraph break (a blank line) between tokens.</summary>
    Break,
}

/// <summary>
/// A token, or a piece of one, as the quantity rules see it. Tokenizers differ in how they cut
/// "£1.5bn" or "17%" ("£1.5bn" vs "£" "1.5bn"); re-cutting every token into atoms makes the rules
/// independent of that choice. <see cref="Info"/> is the lexicon entry of a word (for a hyphenated
/// word such as "twenty-one": of its first part, with <see cref="Hyphenated"/> set). The atom holds
/// only the entry's number and its <see cref="Class"/>: 24 bytes with no reference in them, since the
/// atomizer writes one per token of every document.
/// </summary>
internal readonly record struct Atom(int Start, int End, WordClass Class, ushort Entry, AtomKind Kind, bool SpaceBefore, bool Hyphenated, bool HasUpper)
{
    public Atom(int start, int end, AtomKind kind, bool spaceBefore)
        : this(start, end, WordClass.None, NumberWords.NoEntry, kind, spaceBefore, false, false)
    {
    }

    public int Length => End - Start;
    public WordInfo Info => NumberWords.Entry(Entry);
    public bool IsWord(WordClass c) => Kind == AtomKind.Word && (Class & c) != 0;
}
