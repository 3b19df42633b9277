using Lectern.Citations;

namespace Lectern.Tests.Citations;

public class CitationStyleTests
{
    private const string Url = "https://example.org/lectern/report/";

    private static readonly CitationSubject Report = new(
        Title: "Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK",
        Author: "Korean Central News Agency (KCNA)",
        Date: "2021-06-30",
        OriginalUrl: null,
        Container: "Lectern readings",
        ReadingUrl: Url,
        Key: "report");

    [Fact]
    public void Chicago_names_author_title_date_paragraph_site_and_anchored_url()
    {
        var style = new ChicagoStyle();
        Assert.Equal(
            "Korean Central News Agency (KCNA). “Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK.” June 30, 2021, para. 12. Reproduced in Lectern readings. https://example.org/lectern/report/#p-12.",
            style.Format(Report with { Paragraph = "12" }).ToPlainText());
        Assert.Equal(
            "Korean Central News Agency (KCNA). “Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK.” June 30, 2021. Reproduced in <i>Lectern readings</i>. https://example.org/lectern/report/.",
            style.Format(Report).ToHtml());
    }

    [Fact]
    public void Mla_uses_day_abbreviated_month_year_and_para()
    {
        Assert.Equal(
            "Korean Central News Agency (KCNA). “Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK.” 30 June 2021. Lectern readings, para. 12, https://example.org/lectern/report/#p-12.",
            new MlaStyle().Format(Report with { Paragraph = "12" }).ToPlainText());
        Assert.Contains("9 Sept. 2021.", new MlaStyle().Format(Report with { Date = "2021-09-09" }).ToPlainText());
    }

    [Fact]
    public void Apa_puts_the_date_after_the_author_italicises_the_title_and_ends_with_the_url()
    {
        var citation = new ApaStyle().Format(Report with { Paragraph = "12" });
        Assert.Equal(
            "Korean Central News Agency (KCNA). (2021, June 30). Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK (para. 12). Lectern readings. https://example.org/lectern/report/#p-12",
            citation.ToPlainText());
        Assert.Contains("<i>Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK</i> (para. 12).", citation.ToHtml());
        Assert.Contains("(n.d.).", new ApaStyle().Format(Report with { Date = null }).ToPlainText());
        Assert.StartsWith("(2021). ", new ApaStyle().Format(Report with { Date = "2021", Author = null }).ToPlainText());
    }

    [Fact]
    public void BibTex_is_a_misc_entry_keyed_by_slug_and_paragraph_with_escaped_braced_fields()
    {
        Assert.Equal(
            """
            @misc{report-p12,
              author = {{Korean Central News Agency (KCNA)}},
              title = {{Report on 2nd Enlarged Meeting of Political Bureau of 8th C.C., WPK}},
              howpublished = {Lectern readings},
              year = {2021},
              month = jun,
              date = {2021-06-30},
              url = {https://example.org/lectern/report/#p-12},
              note = {Paragraph 12},
            }
            """.ReplaceLineEndings("\n"),
            new BibTexStyle().Format(Report with { Paragraph = "12" }).ToPlainText());
        Assert.Equal(@"50\% \& \{x\} \#1 a\_b \textasciitilde{}", BibTexStyle.Escape("50% & {x} #1 a_b ~"));
        Assert.StartsWith("@misc{report,\n", new BibTexStyle().Format(Report).ToPlainText());
    }

    [Fact]
    public void A_paragraph_template_leaves_a_slot_the_page_script_fills()
    {
        foreach (var style in CitationStyles.All)
        {
            var template = style.Format(Report.ForParagraphTemplate());
            Assert.Equal(style.Format(Report with { Paragraph = "7" }).ToPlainText(), template.ToPlainText(7));
            Assert.Contains("<span data-cite-n></span>", template.ToHtml());
            Assert.DoesNotContain(Citation.Slot, template.ToHtml());
        }
    }

    [Fact]
    public void Html_is_escaped()
    {
        var html = new ChicagoStyle().Format(Report with { Title = "<script>&" }).ToHtml();
        Assert.Contains("“&lt;script&gt;&amp;.”", html);
    }
}
