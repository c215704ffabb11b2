using System.Runtime.CompilerServices;
using FactExtract.Text;

namespace FactExtract.Entities;

/// <summary>Feature templates; each feature id is a hash of its template and values.</summary>
internal enum FeatureTemplate : ushort
{
    Bias = 1, Word, Exact, WordM1, WordM2, WordP1, WordP2, BigramM1, BigramP1, BigramM2,
    Shape, ShortShapeM1, ShortShape, ShortShapeP1, ShortShapeWindow,
    Prefix, Suffix, CapWindow, SentenceInitialCap, SentenceInitialWord, Headline, HeadlineWord,
    Gazetteer, GazetteerCap, Cluster, ClusterM1, ClusterP1,
    Prev1, Prev2, Prev1Word, Prev1Shape, Memory, MemoryCap, WordCap, SuffixCap, PrevWordShape, ShapeNextWord,
    EmbeddingCluster, EmbeddingClusterM1, EmbeddingClusterP1, NameList, NameListM1, NameListP1,
}

/// <summary>Where a word stands relative to the token whose features it gives.</summary>
internal enum WordRole : byte { Left, Right, SecondLeft, SecondRight }

/// <summary>Coarse capitalisation class of a token.</summary>
internal enum CapClass : byte { Lower, Initial, AllCaps, Mixed, Digit, Other }

/// <summary>Per-token values computed once per sentence, before decoding.</summary>
internal struct TokenInfo
{
    public ulong Lower, Exact, Shape, ShortShape, Gazetteer, Clusters, EmbeddingClusters, Names;
    public int Start, Length;
    public CapClass Cap;
    public TokenKind Kind;
}

/// <summary>
/// The recognizer's features, shared by training and inference so they cannot drift.
/// Static features (words, shapes, affixes, gazetteer, clusters) depend only on the sentence;
/// dynamic ones on the previous predicted tags and the document memory.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Bump on any change to features or hashing; the model file records it.</summary>
    public const int Version = 4;

    /// <summary>Upper bound of features per token (buffer size).</summary>
    public const int MaxFeatures = 96;

    /// <summary>Upper bound of <see cref="Context"/> features (the gazetteer bits are cut off there).</summary>
    public const int MaxContextFeatures = 40;

    private const ulong StartWord = 0xA11CE5000001UL, EndWord = 0xA11CE5000002UL, StartTag = 0xFF;

    public static CapClass Classify(ReadOnlySpan<char> w)
    {
        int upper = 0, lower = 0, digit = 0;
        foreach (char c in w)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit++;
        }
        if (upper + lower == 0) return digit > 0 ? CapClass.Digit : CapClass.Other;
        if (upper == 0) return CapClass.Lower;
        if (lower == 0) return upper > 1 || w.Length == 1 ? CapClass.AllCaps : CapClass.Initial;
        return char.IsUpper(w[0]) && upper == 1 ? CapClass.Initial : CapClass.Mixed;
    }

    public static bool IsCapitalised(CapClass c) => c is CapClass.Initial or CapClass.AllCaps or CapClass.Mixed;

    /// <summary>
    /// Fills the per-token values every feature needs (lower-case and short-shape hashes, case
    /// class, gazetteer bits) for one sentence; <paramref name="complete"/> also fills the values
    /// only a word's own features use (<see cref="CompleteWord"/>), which inference computes
    /// per distinct word instead.
    /// </summary>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, WordClusters clusters,
        Span<TokenInfo> infos, Span<ulong> lowerHashes, Span<ulong> gazBits, List<GazetteerMatch> matches, bool complete)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            Describe(text, tokens[i], ref infos[i]);
            if (complete) CompleteWord(text, ref infos[i], clusters);
        }
        MarkGazetteer(gazetteer, infos[..tokens.Length], lowerHashes, gazBits, matches);
    }

    /// <summary>The values of one token that every feature may use: position, lower-case and short-shape hashes, case class.</summary>
    public static void Describe(ReadOnlySpan<char> text, in Token t, ref TokenInfo info)
    {
        var w = text.Slice(t.Start, t.Length);
        info.Start = t.Start;
        info.Length = t.Length;
        info.Kind = t.Kind;
        info.Lower = FeatureHash.Word(w, WordForm.Lower);
        info.ShortShape = FeatureHash.Shape(w, shortShape: true);
        info.Cap = Classify(w);
    }

    /// <summary>Finds the gazetteer phrases of a described sentence and sets each token's gazetteer bits.</summary>
    public static void MarkGazetteer(Gazetteer gazetteer, Span<TokenInfo> infos, Span<ulong> lowerHashes, Span<ulong> gazBits, List<GazetteerMatch> matches)
    {
        int n = infos.Length;
        for (int i = 0; i < n; i++) lowerHashes[i] = infos[i].Lower;
        gazetteer.FindMatches(lowerHashes[..n], matches);
        Gazetteer.MatchBits(matches, gazBits[..n]);
        for (int i = 0; i < n; i++) infos[i].Gazetteer = gazBits[i];
    }

    /// <summary>The values only <see cref="OwnWord"/> and <see cref="Role"/> features use: exact and shape hashes, clusters.</summary>
    public static void CompleteWord(ReadOnlySpan<char> text, ref TokenInfo info, WordClusters clusters)
    {
        var w = text.Slice(info.Start, info.Length);
        info.Exact = FeatureHash.Word(w, WordForm.Exact);
        info.Shape = FeatureHash.Shape(w, shortShape: false);
        info.Clusters = clusters.Lookup(w, info.Exact, info.Lower);
        info.EmbeddingClusters = clusters.LookupEmbedding(info.Lower);
        info.Names = clusters.LookupNames(info.Lower);
    }

    /// <summary>True when the sentence has letters and no lower-case letter (a headline).</summary>
    public static bool IsHeadline(ReadOnlySpan<TokenInfo> infos)
    {
        int caps = 0;
        foreach (ref readonly var t in infos)
        {
            if (t.Cap is CapClass.Lower or CapClass.Mixed or CapClass.Initial && t.Length > 1) return false;
            if (t.Cap == CapClass.AllCaps) caps++;
        }
        return caps >= 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WordAt(ReadOnlySpan<TokenInfo> s, int i) => i < 0 ? StartWord : i >= s.Length ? EndWord : s[i].Lower;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CapAt(ReadOnlySpan<TokenInfo> s, int i) => i < 0 || i >= s.Length ? 7UL : (ulong)s[i].Cap;

    /// <summary>
    /// Writes the static features of token <paramref name="i"/>; returns how many. They are the
    /// token's own word features, the neighbour-role features of the words at i-2..i+2 (each a
    /// function of that one word, so inference sums them once per word: <see cref="WordScoreCache"/>)
    /// and the features that look at several words at once.
    /// </summary>
    public static int Static(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> s, int i, bool headline, Span<ulong> f)
    {
        int n = OwnWord(text, s[i], f);
        n += i > 0 ? Role(WordRole.Left, s[i - 1], f[n..]) : BoundaryRole(WordRole.Left, f[n..]);
        n += i + 1 < s.Length ? Role(WordRole.Right, s[i + 1], f[n..]) : BoundaryRole(WordRole.Right, f[n..]);
        n += i > 1 ? Role(WordRole.SecondLeft, s[i - 2], f[n..]) : BoundaryRole(WordRole.SecondLeft, f[n..]);
        n += i + 2 < s.Length ? Role(WordRole.SecondRight, s[i + 2], f[n..]) : BoundaryRole(WordRole.SecondRight, f[n..]);
        n += Context(text, s, i, headline, f[n..]);
        return n;
    }

    /// <summary>Features of a token that depend on its own characters only (and the model's clusters).</summary>
    public static int OwnWord(ReadOnlySpan<char> text, in TokenInfo t, Span<ulong> f)
    {
        int n = 0;
        ulong w0 = t.Lower;
        f[n++] = FeatureHash.Feature(FeatureTemplate.Bias, 0);
        f[n++] = FeatureHash.Feature(FeatureTemplate.Word, w0);
        f[n++] = FeatureHash.Feature(FeatureTemplate.Exact, t.Exact);
        f[n++] = FeatureHash.Feature(FeatureTemplate.Shape, t.Shape);
        f[n++] = FeatureHash.Feature(FeatureTemplate.ShortShape, t.ShortShape);
        var word = text.Slice(t.Start, t.Length);
        int maxAffix = Math.Min(4, word.Length);
        for (int k = 1; k <= maxAffix; k++)
        {
            f[n++] = FeatureHash.Feature(FeatureTemplate.Prefix, FeatureHash.Affix(word, k, suffix: false));
            f[n++] = FeatureHash.Feature(FeatureTemplate.Suffix, FeatureHash.Affix(word, k, suffix: true));
        }
        ulong cap = (ulong)t.Cap;
        f[n++] = FeatureHash.Feature(FeatureTemplate.WordCap, w0, cap);
        if (word.Length >= 3) f[n++] = FeatureHash.Feature(FeatureTemplate.SuffixCap, FeatureHash.Affix(word, 3, suffix: true), cap);
        for (int level = 0; level < WordClusters.Levels; level++)
        {
            int c0 = WordClusters.Level(t.Clusters, level);
            if (c0 != 0) f[n++] = FeatureHash.Feature(FeatureTemplate.Cluster, (ulong)level, (ulong)c0);
            int e0 = WordClusters.Level(t.EmbeddingClusters, level);
            if (e0 != 0) f[n++] = FeatureHash.Feature(FeatureTemplate.EmbeddingCluster, (ulong)level, (ulong)e0);
        }
        if (t.Names != 0) f[n++] = FeatureHash.Feature(FeatureTemplate.NameList, t.Names, cap);
        return n;
    }

    /// <summary>Features a word gives the token it stands next to (or two away from), in <paramref name="role"/>.</summary>
    public static int Role(WordRole role, in TokenInfo t, Span<ulong> f) => RoleFeatures(role, t.Lower, t.ShortShape, t.Clusters, t.EmbeddingClusters, t.Names, t.Cap, f);

    /// <summary>The same for the sentence edge (no word there).</summary>
    public static int BoundaryRole(WordRole role, Span<ulong> f)
    {
        ulong edge = role is WordRole.Left or WordRole.SecondLeft ? StartWord : EndWord;
        return RoleFeatures(role, edge, edge, 0, 0, 0, CapClass.Other, f);
    }

    private static int RoleFeatures(WordRole role, ulong lower, ulong shortShape, ulong clusters, ulong embedding, ulong names, CapClass cap, Span<ulong> f)
    {
        int n = 0;
        switch (role)
        {
            case WordRole.SecondLeft: f[n++] = FeatureHash.Feature(FeatureTemplate.WordM2, lower); return n;
            case WordRole.SecondRight: f[n++] = FeatureHash.Feature(FeatureTemplate.WordP2, lower); return n;
        }
        bool left = role == WordRole.Left;
        f[n++] = FeatureHash.Feature(left ? FeatureTemplate.WordM1 : FeatureTemplate.WordP1, lower);
        f[n++] = FeatureHash.Feature(left ? FeatureTemplate.ShortShapeM1 : FeatureTemplate.ShortShapeP1, shortShape);
        for (int level = 1; level < WordClusters.Levels; level++)
        {
            int c = WordClusters.Level(clusters, level);
            if (c != 0) f[n++] = FeatureHash.Feature(left ? FeatureTemplate.ClusterM1 : FeatureTemplate.ClusterP1, (ulong)level, (ulong)c);
            int e = WordClusters.Level(embedding, level);
            if (e != 0) f[n++] = FeatureHash.Feature(left ? FeatureTemplate.EmbeddingClusterM1 : FeatureTemplate.EmbeddingClusterP1, (ulong)level, (ulong)e);
        }
        if (names != 0 && IsCapitalised(cap)) f[n++] = FeatureHash.Feature(left ? FeatureTemplate.NameListM1 : FeatureTemplate.NameListP1, names);
        return n;
    }

    /// <summary>Features that combine several tokens of the window, or the sentence's headline state and gazetteer matches.</summary>
    public static int Context(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> s, int i, bool headline, Span<ulong> f)
    {
        ref readonly var t = ref s[i];
        int n = Window(s, i, f);
        f[n++] = CapWindow(s, i);
        if (i == 0) n += SentenceInitial(t, f[n..]);
        if (headline) n += Headline(text, t, f[n..]);
        for (int off = -1; off <= 1; off++)
        {
            int j = i + off;
            if (j < 0 || j >= s.Length) continue;
            ulong bits = s[j].Gazetteer;
            while (bits != 0 && n < MaxContextFeatures - 2)
            {
                int b = System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                f[n++] = GazetteerBit(off, b);
                if (off == 0) f[n++] = GazetteerBitCap(b, t.Cap);
            }
        }
        return n;
    }

    /// <summary>How many features <see cref="Window"/> writes.</summary>
    public const int WindowCount = 6;

    /// <summary>The features of word pairs and of the short-shape window (too many values to precompute).</summary>
    public static int Window(ReadOnlySpan<TokenInfo> s, int i, Span<ulong> f)
    {
        ref readonly var t = ref s[i];
        ulong w0 = t.Lower, wm1 = WordAt(s, i - 1), wm2 = WordAt(s, i - 2), wp1 = WordAt(s, i + 1);
        f[0] = FeatureHash.Feature(FeatureTemplate.BigramM1, wm1, w0);
        f[1] = FeatureHash.Feature(FeatureTemplate.BigramP1, w0, wp1);
        f[2] = FeatureHash.Feature(FeatureTemplate.BigramM2, wm2, wm1);
        ulong sm1 = i > 0 ? s[i - 1].ShortShape : StartWord, sp1 = i + 1 < s.Length ? s[i + 1].ShortShape : EndWord;
        f[3] = FeatureHash.Feature(FeatureTemplate.ShortShapeWindow, FeatureHash.Combine(sm1, t.ShortShape), sp1);
        f[4] = FeatureHash.Feature(FeatureTemplate.PrevWordShape, wm1, t.ShortShape);
        f[5] = FeatureHash.Feature(FeatureTemplate.ShapeNextWord, t.ShortShape, wp1);
        return WindowCount;
    }

    /// <summary>Case classes of i-1, i, i+1 packed into one number below 512 (7 = sentence edge).</summary>
    public static int CapWindowIndex(ReadOnlySpan<TokenInfo> s, int i) => (int)(CapAt(s, i - 1) << 6 | (ulong)s[i].Cap << 3 | CapAt(s, i + 1));

    public static ulong CapWindow(ReadOnlySpan<TokenInfo> s, int i) => CapWindowFeature(CapWindowIndex(s, i));

    /// <summary>The case-window feature of a <see cref="CapWindowIndex"/>.</summary>
    public static ulong CapWindowFeature(int index) =>
        FeatureHash.Feature(FeatureTemplate.CapWindow, (ulong)(uint)(index >> 6) << 8 | (ulong)(uint)((index >> 3) & 7) << 4 | (ulong)(uint)(index & 7));

    /// <summary>Features of the first token of a sentence.</summary>
    public static int SentenceInitial(in TokenInfo t, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(FeatureTemplate.SentenceInitialCap, (ulong)t.Cap);
        f[1] = FeatureHash.Feature(FeatureTemplate.SentenceInitialWord, t.Lower);
        return 2;
    }

    /// <summary>How many features <see cref="Headline"/> writes.</summary>
    public const int HeadlineCount = 3;

    /// <summary>
    /// Features of a token in an all-caps sentence, among them the exact-word feature of its title-case
    /// form, so that "WORLDSOURCES, INC." gets the weights learnt for "Inc".
    /// </summary>
    public static int Headline(ReadOnlySpan<char> text, in TokenInfo t, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(FeatureTemplate.Headline, (ulong)t.Cap);
        f[1] = FeatureHash.Feature(FeatureTemplate.HeadlineWord, t.Lower);
        f[2] = FeatureHash.Feature(FeatureTemplate.Exact, FeatureHash.Word(text.Slice(t.Start, t.Length), WordForm.Title));
        return HeadlineCount;
    }

    /// <summary>Gazetteer bit <paramref name="bit"/> (kind and BILOU position) set on the token at <paramref name="offset"/> (-1..1).</summary>
    public static ulong GazetteerBit(int offset, int bit) => FeatureHash.Feature(FeatureTemplate.Gazetteer, (ulong)(offset + 1), (ulong)bit);

    /// <summary>Gazetteer bit of the token itself, with its case class.</summary>
    public static ulong GazetteerBitCap(int bit, CapClass cap) => FeatureHash.Feature(FeatureTemplate.GazetteerCap, (ulong)bit, (ulong)cap);

    /// <summary>Writes the history features (previous tags, document memory); returns how many.</summary>
    public static int Dynamic(in TokenInfo t, int prev1, int prev2, byte memory, Span<ulong> f)
    {
        int n = History(prev1, prev2, f);
        n += AfterTag(prev1, t.Lower, t.ShortShape, f[n..]);
        if (memory != 0) n += Memory(memory, t.Cap, f[n..]);
        return n;
    }

    /// <summary>The previous one and two predicted labels (-1 before the sentence).</summary>
    public static int History(int prev1, int prev2, Span<ulong> f)
    {
        ulong p1 = prev1 < 0 ? StartTag : (ulong)prev1, p2 = prev2 < 0 ? StartTag : (ulong)prev2;
        f[0] = FeatureHash.Feature(FeatureTemplate.Prev1, p1);
        f[1] = FeatureHash.Feature(FeatureTemplate.Prev2, p2 << 8 | p1);
        return 2;
    }

    /// <summary>The previous label with the token's word and with its short shape.</summary>
    public static int AfterTag(int prev1, ulong lower, ulong shortShape, Span<ulong> f)
    {
        ulong p1 = prev1 < 0 ? StartTag : (ulong)prev1;
        f[0] = FeatureHash.Feature(FeatureTemplate.Prev1Word, p1, lower);
        f[1] = FeatureHash.Feature(FeatureTemplate.Prev1Shape, p1, shortShape);
        return 2;
    }

    /// <summary>How the same capitalised word was labelled earlier in the document (<see cref="DocumentMemory"/>; not 0).</summary>
    public static int Memory(byte memory, CapClass cap, Span<ulong> f)
    {
        f[0] = FeatureHash.Feature(FeatureTemplate.Memory, memory);
        f[1] = FeatureHash.Feature(FeatureTemplate.MemoryCap, memory, (ulong)cap);
        return 2;
    }
}
