namespace FactExtract.Export.Report;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Every string that comes
/// from a run (article text, names, file paths) goes through here, so text such as
/// <c>&lt;script&gt;</c>, <c>&amp;amp;</c> or <c>&lt;!--</c> is shown, never interpreted.
/// </summary>
internal static class Html
{
    public static void Write(TextWriter writer, string? text) => Write(writer, text.AsSpan());

    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        int clean = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = Replacement(text, i);
            if (replacement is null) continue;
            writer.Write(text[clean..i]);
            writer.Write(replacement);
            clean = i + 1;
        }
        writer.Write(text[clean..]);
    }

    public static string Escape(string? text)
    {
        var writer = new StringWriter();
        Write(writer, text);
        return writer.ToString();
    }

    /// <summary>The text with lone surrogates replaced by U+FFFD (a JSON writer refuses them); same length.</summary>
    public static string WellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (Replacement(text, i) is not null) return string.Create(text.Length, text, (span, source) =>
            {
                source.AsSpan().CopyTo(span);
                for (int j = 0; j < span.Length; j++)
                    if (char.IsSurrogate(span[j]) && Replacement(source, j) is not null) span[j] = '\uFFFD';
            });
            i++; // a valid pair
        }
        return text;
    }

    private static string? Replacement(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        switch (c)
        {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            // The HTML parser drops NUL and the encoder would mangle a lone surrogate; both
            // become U+FFFD, one UTF-16 unit like the original, so offsets still line up.
            case '\0': return "\uFFFD";
        }
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? null : "\uFFFD";
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]) ? null : "\uFFFD";
        return null;
    }
}
