namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Lower-case Latin letters with diacritics (Latin-1, Extended-A and -B, Extended Additional) and the few without a
/// decomposition (ß, æ, ø, ł, ...) to the plain letters a reader types: "ŏ" is "o", "ß" is "ss". .NET runs with
/// invariant globalization here, where string normalization does nothing beyond ASCII, so the table is Lectern's
/// own (made from Unicode's decompositions); <c>meta.json</c> carries it (<c>"f"</c>) so the browser folds a query
/// with the very same table.
/// </summary>
public static class DiacriticFolding
{
    /// <summary>Each entry: the letter, then what it folds to; entries separated by '|'.</summary>
    private const string Entries = "ßss|àa|áa|âa|ãa|äa|åa|æae|çc|èe|ée|êe|ëe|ìi|íi|îi|ïi|ðd|ñn|òo|óo|ôo|õo|öo|øo|ùu|úu|ûu|üu|ýy|þth|ÿy|āa|ăa|ąa|ćc|ĉc|ċc|čc|ďd|đd|ēe|ĕe|ėe|ęe|ěe|ĝg|ğg|ġg|ģg|ĥh|ħh|ĩi|īi|ĭi|įi|ıi|ĵj|ķk|ĺl|ļl|ľl|ŀl|łl|ńn|ņn|ňn|ōo|ŏo|őo|œoe|ŕr|ŗr|řr|śs|ŝs|şs|šs|ţt|ťt|ŧt|ũu|ūu|ŭu|ůu|űu|ųu|ŵw|ŷy|źz|żz|žz|ƀb|ơo|ưu|ƶz|ǎa|ǐi|ǒo|ǔu|ǖu|ǘu|ǚu|ǜu|ǟa|ǡa|ǥg|ǧg|ǩk|ǫo|ǭo|ǰj|ǵg|ǹn|ǻa|ȁa|ȃa|ȅe|ȇe|ȉi|ȋi|ȍo|ȏo|ȑr|ȓr|ȕu|ȗu|șs|țt|ȟh|ȧa|ȩe|ȫo|ȭo|ȯo|ȱo|ȳy|ɨi|ʉu|ḁa|ḃb|ḅb|ḇb|ḉc|ḋd|ḍd|ḏd|ḑd|ḓd|ḕe|ḗe|ḙe|ḛe|ḝe|ḟf|ḡg|ḣh|ḥh|ḧh|ḩh|ḫh|ḭi|ḯi|ḱk|ḳk|ḵk|ḷl|ḹl|ḻl|ḽl|ḿm|ṁm|ṃm|ṅn|ṇn|ṉn|ṋn|ṍo|ṏo|ṑo|ṓo|ṕp|ṗp|ṙr|ṛr|ṝr|ṟr|ṡs|ṣs|ṥs|ṧs|ṩs|ṫt|ṭt|ṯt|ṱt|ṳu|ṵu|ṷu|ṹu|ṻu|ṽv|ṿv|ẁw|ẃw|ẅw|ẇw|ẉw|ẋx|ẍx|ẏy|ẑz|ẓz|ẕz|ẖh|ẗt|ẘw|ẙy|ạa|ảa|ấa|ầa|ẩa|ẫa|ậa|ắa|ằa|ẳa|ẵa|ặa|ẹe|ẻe|ẽe|ếe|ềe|ểe|ễe|ệe|ỉi|ịi|ọo|ỏo|ốo|ồo|ổo|ỗo|ộo|ớo|ờo|ởo|ỡo|ợo|ụu|ủu|ứu|ừu|ửu|ữu|ựu|ỳy|ỵy|ỷy|ỹy";

    public static readonly IReadOnlyDictionary<char, string> Table =
        Entries.Split('|').ToDictionary(e => e[0], e => e[1..]);

    /// <summary>Whether <paramref name="c"/> is a combining mark (U+0300 to U+036F), which folding drops.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036f';
}
