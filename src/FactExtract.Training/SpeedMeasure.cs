using System.Diagnostics;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>Single-thread throughput of the recognizer alone (tokenization excluded).</summary>
public static class SpeedMeasure
{
    public static double TokensPerSecond(EntityRecognizer recognizer, IReadOnlyList<RenderedDocument> documents, double seconds = 3)
    {
        foreach (var d in documents.Take(50)) recognizer.Recognize(d.Text, d.Tokens, d.Sentences); // warm-up (JIT, tiering)
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
            foreach (var d in documents)
            {
                recognizer.Recognize(d.Text, d.Tokens, d.Sentences);
                tokens += d.Tokens.Length;
            }
        return tokens / clock.Elapsed.TotalSeconds;
    }
}
