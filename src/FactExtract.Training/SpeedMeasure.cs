using System.Diagnostics;
using FactExtract.Entities;

namespace FactExtract.Training;

/// <summary>Tokens per wall-clock second, and per CPU second of the process (steadier on a machine shared with other jobs).</summary>
internal readonly record struct TaggingSpeed(double TokensPerSecond, double TokensPerCpuSecond);

/// <summary>Single-thread throughput of the recognizer alone (tokenization excluded).</summary>
internal static class SpeedMeasure
{
    public static TaggingSpeed Measure(EntityRecognizer recognizer, IReadOnlyList<RenderedDocument> documents, double seconds = 3)
    {
        foreach (var d in documents.Take(50)) recognizer.Recognize(d.Text, d.Tokens, d.Sentences); // warm-up (JIT, tiering)
        long tokens = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
            foreach (var d in documents)
            {
                recognizer.Recognize(d.Text, d.Tokens, d.Sentences);
                tokens += d.Tokens.Length;
            }
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new TaggingSpeed(tokens / wall, cpu > 0 ? tokens / cpu : 0);
    }
}
