namespace FactExtract.Cli;

/// <summary>Thrown for a command line that cannot be understood; the CLI prints it with the usage and exits 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// A small, strict reader of <c>--name value</c>, <c>--name=value</c>, <c>--flag</c> and short
/// <c>-x</c> options and positional arguments. Commands declare what they accept; anything else is
/// a usage error. Any argument that starts with '-' (except "-" itself, standard input) is an
/// option, so a mistyped <c>-q</c> can never be read as a file name; a path that starts with '-'
/// goes after <c>--</c> or as <c>./-name</c>. Empty values and empty positionals are usage errors.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public ArgumentReader(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                foreach (var rest in args.Skip(i + 1))
                    Positionals.Add(rest.Length > 0 ? rest : throw new UsageException("an argument is empty ('')"));
                break;
            }
            if (!arg.StartsWith('-') || arg == "-")
            {
                if (arg.Length == 0) throw new UsageException("an argument is empty ('')");
                Positionals.Add(arg); // includes "-" for standard input
                continue;
            }
            string name = arg, inlineValue = "";
            bool hasInline = false;
            int eq = arg.IndexOf('=');
            if (eq > 0) { name = arg[..eq]; inlineValue = arg[(eq + 1)..]; hasInline = true; }

            if (flagOptions.Contains(name))
            {
                if (hasInline) throw new UsageException($"option {name} takes no value");
                _flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (hasInline) value = inlineValue;
                else if (i + 1 < args.Count) value = args[++i];
                else throw new UsageException($"option {name} needs a value");
                if (value.Length == 0) throw new UsageException($"option {name} needs a value, not an empty string");
                if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
                list.Add(value);
            }
            else throw new UsageException($"unknown option {name}");
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public int IntValue(string name, int defaultValue, int min, int max)
    {
        var text = Value(name);
        if (text is null) return defaultValue;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            throw new UsageException($"option {name} must be a whole number from {min} to {max}, not '{text}'");
        return value;
    }
}
