using System.Text.Json;
using FactExtract.Export.Schemas;
using FactExtract.Quantities;
using FsCheck.Xunit;

namespace FactExtract.Tests.Export;

/// <summary>
/// The <c>normalized</c> column is written from typed values and read back by <c>--resume</c>:
/// the text must be the ISO forms the outputs have always had, and reading it must give the value written.
/// </summary>
public class NormalFormTests
{
    public static TheoryData<string, PartialDate> Dates => new()
    {
        { "2023-08-22", PartialDate.OfDay(new DateOnly(2023, 8, 22)) },
        { "--08-22", PartialDate.OfDay(null, 8, 22) },
        { "2023-08", PartialDate.OfMonth(2023, 8) },
        { "--03", PartialDate.OfMonth(null, 3) },
        { "2022-W09", PartialDate.OfWeek(2022, 9) },
        { "2023", PartialDate.OfYear(2023) },
        { "1990/1999", PartialDate.OfYears(1990, 1999) },
        { "0996", PartialDate.OfYear(996) },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_are_written_in_iso_form_and_read_back(string text, PartialDate date)
    {
        Assert.Equal(text, NormalFormFormat.Text(new NormalForm(date, null, null)));
        Assert.Equal(new NormalForm(date, null, null), NormalFormFormat.Parse(text));
    }

    [Theory]
    [InlineData("P10D", "10", DurationUnit.Days)]
    [InlineData("PT5H", "5", DurationUnit.Hours)]
    [InlineData("PT30M", "30", DurationUnit.Minutes)]
    [InlineData("P18M", "18", DurationUnit.Months)]
    [InlineData("P2.5Y", "2.5", DurationUnit.Years)]
    [InlineData("P3W", "3", DurationUnit.Weeks)]
    [InlineData("PT0.5S", "0.5", DurationUnit.Seconds)]
    public void Durations_are_iso_8601_and_read_back(string text, string amount, DurationUnit unit)
    {
        var duration = new IsoDuration(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit);
        Assert.Equal(text, NormalFormFormat.Text(new NormalForm(null, null, duration)));
        Assert.Equal(duration, NormalFormFormat.Parse(text).Duration);
    }

    [Property(MaxTest = 500)]
    public void Measures_read_back_to_the_same_value_and_text(long units, byte scale, bool squareMetres)
    {
        int digits = (int)Math.Abs(units % 1_000_000_000);
        var value = new decimal(digits, 0, 0, units < 0 && digits != 0, (byte)(scale % 8));
        var measure = new Measurement(value, squareMetres ? "m²" : "°C");
        var text = NormalFormFormat.Text(new NormalForm(null, measure, null))!;
        var read = NormalFormFormat.Parse(text).Measure!;
        Assert.Equal(text, NormalFormFormat.Text(new NormalForm(null, read, null)));
        Assert.Equal(decimal.GetBits(measure.Value), decimal.GetBits(read.Value)); // the same scale, not only the same number
        Assert.Equal(measure.Unit, read.Unit);
    }

    [Fact]
    public void No_normal_form_is_no_text_and_other_text_is_an_error()
    {
        Assert.Null(NormalFormFormat.Text(default));
        foreach (var bad in (string[])["", "20x3", "2023-8", "P10X", "--8", "2023/99"])
            Assert.Throws<JsonException>(() => NormalFormFormat.Parse(bad));
    }
}
