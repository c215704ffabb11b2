using System.Text;
using FactExtract.Ingestion;

namespace FactExtract.Tests.Ingestion;

public class TextDecoderTests
{
    private readonly TextDecoder _decoder = new();

    [Fact]
    public void Windows1252_curly_quotes_decode_when_bytes_are_not_utf8()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "hello"u8, 0x94, (byte)' ', 0x80, .. " 5"u8];
        var result = _decoder.Decode(bytes);
        Assert.Equal("He said \u201Chello\u201D \u20AC 5", result.Text);
        Assert.Equal("windows-1252", result.Encoding);
    }

    [Fact]
    public void Utf8_with_one_stray_windows1252_byte_keeps_its_utf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf\u00E9 "), 0x93, .. "x"u8, 0x94, .. Encoding.UTF8.GetBytes(" \u2014 na\u00EFve"), 0xE2];
        var result = _decoder.Decode(bytes);
        Assert.Equal("Caf\u00E9 \u201Cx\u201D \u2014 na\u00EFve\u00E2", result.Text);
        Assert.Equal("utf-8 with windows-1252 bytes", result.Encoding);
    }

    [Fact]
    public void Truncated_utf8_sequence_decodes_byte_by_byte()
    {
        // E2 80 is the start of a three-byte sequence cut short: both bytes are Windows-1252.
        Assert.Equal("a\u00E2\u20ACb", _decoder.Decode([(byte)'a', 0xE2, 0x80, (byte)'b']).Text);
    }

    [FsCheck.Xunit.Property]
    public bool Decoding_any_bytes_never_throws_and_text_is_never_blank(byte[] bytes)
    {
        var result = _decoder.Decode(bytes ?? []);
        return result.Ok ? !string.IsNullOrWhiteSpace(result.Text) : result.FailureReason is IngestReasons.Binary or IngestReasons.Empty;
    }

    [FsCheck.Xunit.Property]
    public bool Bytes_without_utf8_multibyte_decode_one_char_per_byte(byte[] bytes)
    {
        var clean = (bytes ?? []).Where(b => b is >= 0x20 and < 0x7F or >= 0x80 and < 0xC0).ToArray();
        var text = MixedUtf8Decoder.Decode(clean, out _);
        return text.Length == clean.Length && text.Select((c, i) => c == Windows1252.Decode(clean[i])).All(x => x);
    }

    [Fact]
    public void Windows1252_undefined_bytes_map_to_c1_controls()
    {
        foreach (byte b in new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D })
            Assert.Equal((char)b, Windows1252.Decode(b));
        Assert.Equal('\u0178', Windows1252.Decode(0x9F));
        Assert.Equal('\u00E9', Windows1252.Decode(0xE9));
    }

    [Fact]
    public void Valid_utf8_is_utf8_even_with_high_characters()
    {
        var result = _decoder.Decode(Encoding.UTF8.GetBytes("Caf\u00E9 \u201Cquoted\u201D"));
        Assert.Equal("Caf\u00E9 \u201Cquoted\u201D", result.Text);
        Assert.Equal("utf-8", result.Encoding);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void Bom_is_decoded_away_so_offsets_start_after_it(string name)
    {
        Encoding encoding = name switch
        {
            "utf-8" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        const string text = "Year\r\n\u201C2023\u201D: 380,000 people.";
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        var result = _decoder.Decode(bytes);
        Assert.Equal(text, result.Text); // CR LF and quotes kept: offsets are into exactly this
        Assert.Equal(name, result.Encoding);
    }

    [Fact]
    public void Bomless_utf16le_ascii_text_is_recognised()
    {
        var result = _decoder.Decode(Encoding.Unicode.GetBytes("A plain English sentence."));
        Assert.Equal("A plain English sentence.", result.Text);
    }

    [Fact]
    public void Random_bytes_are_binary()
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        Assert.Equal(IngestReasons.Binary, _decoder.Decode(bytes).FailureReason);
    }

    [Fact]
    public void Many_control_characters_without_nul_are_binary()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Equal(IngestReasons.Binary, _decoder.Decode(bytes).FailureReason);
    }

    [Fact]
    public void A_few_control_characters_are_tolerated()
    {
        var text = new string('a', 1000) + "\u0007";
        Assert.True(_decoder.Decode(Encoding.ASCII.GetBytes(text)).Ok);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  \n")]
    [InlineData("\uFEFF  ")]
    public void Empty_or_whitespace_is_empty(string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        Assert.Equal(IngestReasons.Empty, _decoder.Decode(bytes).FailureReason);
    }

    [Fact]
    public void Nul_inside_utf16_with_bom_is_binary()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\0cd")];
        Assert.Equal(IngestReasons.Binary, _decoder.Decode(bytes).FailureReason);
    }
}
