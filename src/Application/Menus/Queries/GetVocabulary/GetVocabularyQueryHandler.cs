using DiningMenus.Domain.Menus;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetVocabulary;

/// <summary>Answers from the Domain's two closed vocabularies; the answer never changes while the process runs.</summary>
public sealed class GetVocabularyQueryHandler : IQueryHandler<GetVocabularyQuery, VocabularyResponse>
{
    private static readonly VocabularyResponse Vocabulary = new(
        Tags: ToResponses(DietaryTags.Vocabulary),
        Allergens: ToResponses(Allergens.Vocabulary));

    public ValueTask<VocabularyResponse> Handle(GetVocabularyQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Vocabulary);

    private static IReadOnlyList<VocabularyTermResponse> ToResponses(LabelVocabulary vocabulary) =>
        [.. vocabulary.Terms.Select(term => new VocabularyTermResponse(term.Word, term.Label))];
}
