using FactExtract.Quantities;

namespace FactExtract.Tests.Quantities;

public class PartialDateTests
{
    [Fact]
    public void Each_precision_keeps_only_its_own_parts()
    {
        Assert.Equal((DatePrecision.Day, 2023, 8, 22, 0, (int?)null), Parts(PartialDate.OfDay(new DateOnly(2023, 8, 22))));
        Assert.Equal((DatePrecision.Month, (int?)null, 3, 0, 0, (int?)null), Parts(PartialDate.OfMonth(null, 3)));
        Assert.Equal((DatePrecision.Week, 2022, 0, 0, 9, (int?)null), Parts(PartialDate.OfWeek(2022, 9)));
        Assert.Equal((DatePrecision.Years, 1990, 0, 0, 0, 1999), Parts(PartialDate.OfYears(1990, 1999)));
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.OfDay(2024, 2, 29).ToDateOnly());
        Assert.Null(PartialDate.OfDay(null, 2, 29).ToDateOnly()); // a yearless February 29 is a day, but no full date
        Assert.Null(PartialDate.OfMonth(2024, 2).ToDateOnly());

        static (DatePrecision, int?, int, int, int, int?) Parts(PartialDate d) => (d.Precision, d.Year, d.Month, d.Day, d.Week, d.LastYear);
    }

    [Fact]
    public void Values_that_are_no_calendar_value_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(null, 4, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(2023, 8, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2023, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfWeek(2023, 54));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(10_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYears(2000, 1999));
    }
}
