namespace FactExtract.Entities;

/// <summary>
/// What a capitalised word was labelled earlier in the same document ("Clinton" after
/// "Bill Clinton"). Local to one tagging call: created per document, never shared.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<ulong, byte> _last = new();

    /// <summary>0 = not seen, 1 = seen as O (not sentence-initial), 2 + type = seen in an entity.</summary>
    public byte Get(ulong lowerHash) => _last.GetValueOrDefault(lowerHash);

    public void Record(ulong lowerHash, BilouTag tag, bool sentenceInitial)
    {
        if (tag == BilouTag.O)
        {
            // A sentence-initial capital says nothing; an earlier entity reading is kept over O.
            if (!sentenceInitial && !_last.ContainsKey(lowerHash)) _last[lowerHash] = 1;
            return;
        }
        _last[lowerHash] = (byte)(2 + (int)tag.Type());
    }

    public void Clear() => _last.Clear();
}
