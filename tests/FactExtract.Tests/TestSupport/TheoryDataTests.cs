using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace FactExtract.Tests.TestSupport;

/// <summary>
/// xunit gives a theory case an id made from its arguments and silently skips a second case with
/// the same id, so a repeated data row is a test that never runs. This guards every theory here.
/// </summary>
public sealed class TheoryDataTests
{
    [Fact]
    public void No_theory_has_two_identical_data_rows()
    {
        var repeated = typeof(TheoryDataTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<TheoryAttribute>() is not null)
            .SelectMany(RepeatedRows)
            .ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void The_guard_finds_a_repeated_row_and_only_that()
    {
        var method = typeof(TheoryDataTests).GetMethod(nameof(RowsWithARepeat), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Equal(["TheoryDataTests.RowsWithARepeat(String:a | Decimal:1.5)"], RepeatedRows(method));
    }

#pragma warning disable xUnit1008 // not a test: the guard's own example of a repeated row
    [InlineData("a", 1.5)]
    [InlineData("a", 2.5)]
    [InlineData("b", 1.5)]
    [InlineData("a", 1.5)]
    private static void RowsWithARepeat(string text, decimal value) => _ = (text, value);
#pragma warning restore xUnit1008

    private static IEnumerable<string> RepeatedRows(MethodInfo method)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in method.GetCustomAttributes<DataAttribute>())
            foreach (var row in source.GetData(method))
            {
                var parameters = method.GetParameters();
                var id = string.Join(" | ", row.Select((value, i) => Describe(i < parameters.Length ? Convert(value, parameters[i].ParameterType) : value)));
                if (!seen.Add(id)) yield return $"{method.DeclaringType!.Name}.{method.Name}({id})";
            }
    }

    /// <summary>xunit converts an inline double to a decimal parameter the same way.</summary>
    private static object? Convert(object? value, Type type) =>
        value is double d && type == typeof(decimal) ? (decimal)d : value;

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "String:" + s,
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        IFormattable f => value.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };
}
