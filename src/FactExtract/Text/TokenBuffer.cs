using System.Buffers;

namespace FactExtract.Text;

/// <summary>
/// A growable token list on a pooled array, so tokenizing allocates only the final exact-size
/// result. Owned by one call (a local), which keeps the tokenizer thread-safe.
/// </summary>
internal struct TokenBuffer : IDisposable
{
    private Token[] _items;
    private int _count;

    public TokenBuffer(int capacity)
    {
        _items = ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(in Token token)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = token;
    }

    public readonly Token[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        var items = _items;
        _items = [];
        _count = 0;
        if (items.Length > 0) ArrayPool<Token>.Shared.Return(items);
    }

    private void Grow()
    {
        var bigger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<Token>.Shared.Return(_items);
        _items = bigger;
    }
}
