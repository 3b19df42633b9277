using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts;
using UglyToad.PdfPig.Tokens;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Finds a page's fonts whose letters the PDF gives no characters for: a font without a ToUnicode map whose
/// encoding names glyphs no glyph list knows (<c>/g12</c>), or a composite (Type0) font without one. A reader
/// falls back to the raw character codes for them, which read as letters but are the wrong ones (mojibake).
/// </summary>
public static class FontMaps
{
    public static HashSet<string> Unmapped(PdfDocument document, Page page)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (Resolve(document, page.Dictionary.Data.GetValueOrDefault(NameToken.Resources.Data)) is not DictionaryToken resources
            || Resolve(document, resources.Data.GetValueOrDefault(NameToken.Font.Data)) is not DictionaryToken fonts)
            return names;
        foreach (var entry in fonts.Data.Values)
        {
            if (Resolve(document, entry) is not DictionaryToken font || font.ContainsKey(NameToken.ToUnicode)) continue;
            var subtype = (Resolve(document, font.Data.GetValueOrDefault(NameToken.Subtype.Data)) as NameToken)?.Data;
            var unmapped = subtype == "Type0" || HasUnknownGlyphNames(document, font);
            if (unmapped && Resolve(document, font.Data.GetValueOrDefault(NameToken.BaseFont.Data)) is NameToken baseFont) names.Add(baseFont.Data);
        }
        return names;
    }

    private static bool HasUnknownGlyphNames(PdfDocument document, DictionaryToken font)
    {
        if (Resolve(document, font.Data.GetValueOrDefault(NameToken.Encoding.Data)) is not DictionaryToken encoding
            || Resolve(document, encoding.Data.GetValueOrDefault(NameToken.Differences.Data)) is not ArrayToken differences)
            return false;
        foreach (var token in differences.Data)
            if (token is NameToken name && string.IsNullOrEmpty(GlyphList.AdobeGlyphList.NameToUnicode(name.Data))) return true;
        return false;
    }

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
