using System.Globalization;
using System.Text.RegularExpressions;

namespace Lectern.Authoring;

/// <summary>
/// The first full date a text names (<c>June 30, 2024</c>, <c>30 June 2024</c> or <c>2024-06-30</c>), as the
/// ISO date reading.yml takes; null when it names none with a year (a dateline gives the day and month only).
/// </summary>
public static partial class SourceDate
{
    [GeneratedRegex(@"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<day>\d{1,2}),? (?<year>\d{4})|(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December),? (?<year>\d{4})|(?<year>\d{4})-(?<m>\d{2})-(?<day>\d{2}))\b")]
    private static partial Regex DatePattern();

    public static DateOnly? Find(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            foreach (Match m in DatePattern().Matches(text))
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                var month = m.Groups["m"].Success
                    ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
                    : DateTime.ParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)) return new DateOnly(year, month, day);
            }
        return null;
    }
}
