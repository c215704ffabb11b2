namespace FactExtract.Ingestion;

/// <summary>A reader that returns <paramref name="prefix"/> (text a sniffer already consumed) and then the rest of <paramref name="rest"/>.</summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int _position;

    public override int Read()
    {
        if (_position < prefix.Length) return prefix[_position++];
        return rest.Read();
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();
}
