namespace FactExtract.Text;

/// <summary>The coarse lexical class the tokenizer assigns; later stages refine it.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}
