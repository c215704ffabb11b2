namespace FactExtract.Cli.Commands;

/// <summary>Minimal "--name value" / "--flag" parser shared by the train and evaluate commands.</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArgs() { }

    /// <param name="multi">Options that take one or more values (until the next --option).</param>
    /// <param name="single">Options that take exactly one value.</param>
    /// <param name="flags">Options without a value.</param>
    public static CommandArgs Parse(IReadOnlyList<string> args, ISet<string> multi, ISet<string> single, ISet<string> flags)
    {
        var result = new CommandArgs();
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.Length == 0) throw new ArgumentException("an argument is empty ('').");
            if (flags.Contains(a)) { result._flags.Add(a); continue; }
            if (single.Contains(a))
            {
                if (i + 1 >= args.Count) throw new ArgumentException($"{a} needs a value.");
                if (result._values.ContainsKey(a)) throw new ArgumentException($"{a} given twice.");
                if (args[i + 1].Length == 0) throw new ArgumentException($"{a} needs a value, not an empty string.");
                result._values[a] = [args[++i]];
                continue;
            }
            if (multi.Contains(a))
            {
                var list = result._values.TryGetValue(a, out var l) ? l : result._values[a] = [];
                int before = list.Count;
                while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    list.Add(args[++i].Length > 0 ? args[i] : throw new ArgumentException($"{a}: a value is empty ('')."));
                if (list.Count == before) throw new ArgumentException($"{a} needs at least one value.");
                continue;
            }
            throw new ArgumentException($"Unknown argument '{a}'.");
        }
        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag) || _values.ContainsKey(flag);
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var l) ? l : [];
    public string? One(string name) => _values.TryGetValue(name, out var l) ? l[0] : null;

    public int Int(string name, int fallback)
    {
        var v = One(name);
        if (v is null) return fallback;
        return int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 0
            ? n : throw new ArgumentException($"{name} must be a non-negative integer, not '{v}'.");
    }

    public float Float(string name, float fallback)
    {
        var v = One(name);
        if (v is null) return fallback;
        return float.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float f) && f >= 0
            ? f : throw new ArgumentException($"{name} must be a non-negative number, not '{v}'.");
    }
}
