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
/// word such as "twenty-one": of its first part, with <see cref="Hyphenated"/> set).
/// </summary>
internal readonly record struct Atom(int Start, int End, AtomKind Kind, bool SpaceBefore, WordInfo Info, bool Hyphenated, bool HasUpper)
{
    public int Length => End - Start;
    public bool IsWord(WordClass c) => Kind == AtomKind.Word && (Info.Class & c) != 0;
}
