using System.Globalization;
using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Load;

/// <summary>
/// Checks the values of content fields that are published as they are and must have a form: the base path
/// (every URL starts with it), the custom domain (written to <c>CNAME</c>) and the dates (in the sitemap,
/// the JSON-LD and the citations). Each bad value is an error at its line and column.
/// </summary>
public static partial class ContentValueCheck
{
    /// <param name="path">site.yml as shown in diagnostics (and as it can be opened).</param>
    public static void CheckSite(SiteConfig config, string path, DiagnosticBag diagnostics)
    {
        if (BasePathRule.Problem(config.BasePath) is { } problem)
            Error(DiagnosticCodes.BasePathInvalid, path, "basePath",
                $"basePath '{config.BasePath}' is not a base path: {problem}; {BasePathRule.Expected}", diagnostics);
        if (!string.IsNullOrWhiteSpace(config.Cname) && !HostName().IsMatch(config.Cname.Trim()))
            Error(DiagnosticCodes.CnameInvalid, path, "cname",
                $"cname '{config.Cname}' is not a host name; write the custom domain only, e.g. readings.example.org (letters, digits and hyphens, in labels joined by dots)", diagnostics);
    }

    public static void CheckReading(Reading reading, DiagnosticBag diagnostics)
    {
        var metadata = reading.Metadata;
        if (!IsDate(metadata.Date))
            Error(DiagnosticCodes.DateInvalid, reading.MetadataPath, "date", DateMessage("date", metadata.Date), diagnostics);
        if (metadata.Source is { } source && !IsDate(source.Date))
        {
            var (line, column) = YamlKeyLocator.Find(reading.MetadataPath, "date", source.Line, source.Column - 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DateInvalid, reading.MetadataPath, line, column, DateMessage("source.date", source.Date)));
        }
    }

    /// <summary>Unset, or an ISO 8601 calendar date that exists: <c>2021-06-30</c>, or only its year and month or year.</summary>
    public static bool IsDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return true;
        var date = value.Trim();
        return date.Length switch
        {
            4 => date.All(char.IsAsciiDigit),
            7 => DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            10 => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    private static string DateMessage(string field, string? value) =>
        $"{field} '{value}' is not a calendar date; write it as YYYY-MM-DD (e.g. 2021-06-30), or YYYY-MM or YYYY when only those are known";

    private static void Error(string code, string path, string key, string message, DiagnosticBag diagnostics)
    {
        var (line, column) = YamlKeyLocator.Find(path, key);
        diagnostics.Add(Diagnostic.Error(code, path, line, column, message));
    }

    /// <summary>A DNS name of two labels or more, each 1-63 letters, digits or inner hyphens; 253 characters at most.</summary>
    [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex HostName();
}
