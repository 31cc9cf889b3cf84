using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Search.Common;

/// <summary>
/// A trigram index over the distinct dish names of the archive, in process, for typo-tolerant matching that
/// behaves the same on every database. Each query word is matched against the vocabulary of dish-name words:
/// exactly, as a prefix ("bulg" → bulgogi), or within a few edits ("bulgogy" → bulgogi); the trigrams a word
/// shares with the query only pick the candidates worth the edit-distance check. A dish matches when every
/// query word matches one of its words. Immutable: the <see cref="DishCatalog"/> builds a new one to refresh.
/// </summary>
public sealed class DishNameIndex
{
    private const double PrefixBase = 0.7;
    private const double TypoWeight = 0.8;
    private const double CoverageWeight = 0.15;

    private readonly ArchivedDishName[] _dishes;
    private readonly int[][] _wordsOfDish;
    private readonly string[] _words;
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly int[][] _dishesOfWord;
    private readonly Dictionary<string, int[]> _wordsOfTrigram = new(StringComparer.Ordinal);

    public DishNameIndex(IEnumerable<ArchivedDishName> dishes)
    {
        _dishes = [.. dishes.DistinctBy(d => d.NormalizedName, StringComparer.Ordinal).Where(d => d.NormalizedName.Length > 0)];
        var words = new List<string>();
        var dishesOfWord = new List<List<int>>();
        _wordsOfDish = new int[_dishes.Length][];
        for (var dish = 0; dish < _dishes.Length; dish++)
        {
            var ids = new List<int>();
            foreach (var word in DishNames.Words(_dishes[dish].NormalizedName).Distinct(StringComparer.Ordinal))
            {
                if (!_wordIds.TryGetValue(word, out var id))
                {
                    id = words.Count;
                    _wordIds[word] = id;
                    words.Add(word);
                    dishesOfWord.Add([]);
                }

                dishesOfWord[id].Add(dish);
                ids.Add(id);
            }

            _wordsOfDish[dish] = [.. ids];
        }

        _words = [.. words];
        _dishesOfWord = [.. dishesOfWord.Select(list => list.ToArray())];

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < _words.Length; id++)
        {
            foreach (var trigram in Trigrams(_words[id]))
            {
                if (!postings.TryGetValue(trigram, out var list))
                {
                    postings[trigram] = list = [];
                }

                list.Add(id);
            }
        }

        foreach (var (trigram, list) in postings)
        {
            _wordsOfTrigram[trigram] = [.. list];
        }
    }

    /// <summary>How many distinct dishes the index holds.</summary>
    public int Count => _dishes.Length;

    /// <summary>
    /// The dishes matching <paramref name="query"/>, best first (then by name). The score is 1 for the same
    /// normalized name; otherwise it weighs how well each query word matched (exact 1, prefix 0.7–1, typo up to
    /// 0.8) and how much of the dish's name the query covers.
    /// </summary>
    public IReadOnlyList<DishMatch> Match(string query)
    {
        var normalized = DishNames.Normalize(query);
        var tokens = DishNames.Words(normalized).Distinct(StringComparer.Ordinal).ToArray();
        if (tokens.Length == 0)
        {
            return [];
        }

        var wordScores = tokens.Select(MatchWord).ToArray();
        Dictionary<int, double>? dishTotals = null;
        foreach (var scores in wordScores)
        {
            var best = new Dictionary<int, double>();
            foreach (var (word, score) in scores)
            {
                foreach (var dish in _dishesOfWord[word])
                {
                    if (dishTotals is null || dishTotals.ContainsKey(dish))
                    {
                        best[dish] = Math.Max(score, best.GetValueOrDefault(dish));
                    }
                }
            }

            // Every query word must match: keep only dishes matched so far, adding this word's best score.
            dishTotals = dishTotals is null
                ? best
                : best.ToDictionary(pair => pair.Key, pair => dishTotals[pair.Key] + pair.Value);
            if (dishTotals.Count == 0)
            {
                return [];
            }
        }

        var matchedWords = new HashSet<int>(wordScores.SelectMany(scores => scores.Keys));
        return [.. dishTotals!
            .Select(pair => new DishMatch(_dishes[pair.Key], Score(pair.Key, pair.Value / tokens.Length, normalized, matchedWords)))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Dish.NormalizedName, StringComparer.Ordinal)];
    }

    private double Score(int dish, double meanWordScore, string normalizedQuery, HashSet<int> matchedWords)
    {
        if (string.Equals(_dishes[dish].NormalizedName, normalizedQuery, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var words = _wordsOfDish[dish];
        var coverage = (double)words.Count(matchedWords.Contains) / words.Length;
        // Below the exact name's 1 whatever the words: "bulgogi pork spicy" is not "spicy pork bulgogi".
        return Math.Min(0.99, ((1 - CoverageWeight) * meanWordScore) + (CoverageWeight * coverage));
    }

    /// <summary>The vocabulary words matching one query word, with their score.</summary>
    private Dictionary<int, double> MatchWord(string token)
    {
        var scores = new Dictionary<int, double>();
        if (_wordIds.TryGetValue(token, out var exact))
        {
            scores[exact] = 1.0;
        }

        if (token.Length < 3)
        {
            return scores; // too short for prefixes or typos to mean anything
        }

        var maxEdits = MaxEdits(token.Length);
        var trigrams = Trigrams(token).Distinct(StringComparer.Ordinal).ToArray();
        // A word with the query as a prefix shares all its trigrams but the last; one within k edits shares all
        // but at most 3k of them. Fewer shared trigrams than that rules a word out without computing a distance.
        var needed = Math.Max(1, Math.Min(trigrams.Length - 1, trigrams.Length - (3 * maxEdits)));
        var shared = new Dictionary<int, int>();
        foreach (var trigram in trigrams)
        {
            if (_wordsOfTrigram.TryGetValue(trigram, out var words))
            {
                foreach (var word in words)
                {
                    shared[word] = shared.GetValueOrDefault(word) + 1;
                }
            }
        }

        foreach (var (word, count) in shared)
        {
            if (count < needed || (word == exact && scores.ContainsKey(exact)))
            {
                continue;
            }

            var score = Similarity(token, _words[word], maxEdits);
            if (score > 0)
            {
                scores[word] = score;
            }
        }

        return scores;
    }

    private static double Similarity(string token, string word, int maxEdits)
    {
        if (word.StartsWith(token, StringComparison.Ordinal))
        {
            return PrefixBase + ((1 - PrefixBase) * token.Length / word.Length);
        }

        var distance = EditDistance.Bounded(token, word, maxEdits);
        return distance > maxEdits ? 0 : TypoWeight * (1 - ((double)distance / Math.Max(token.Length, word.Length)));
    }

    /// <summary>Typos allowed in a query word: none up to 3 letters, one up to 6, two beyond.</summary>
    private static int MaxEdits(int length) => length <= 3 ? 0 : length <= 6 ? 1 : 2;

    /// <summary>The word's trigrams, padded as pg_trgm pads them: two spaces before, one after.</summary>
    private static IEnumerable<string> Trigrams(string word)
    {
        var padded = $"  {word} ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            yield return padded.Substring(i, 3);
        }
    }
}
