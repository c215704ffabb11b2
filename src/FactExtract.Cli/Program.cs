namespace FactExtract.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("factextract: not wired yet");
        return 2;
    }
}
