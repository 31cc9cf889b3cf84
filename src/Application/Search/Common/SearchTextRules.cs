using DiningMenus.Domain.Menus;
using FluentValidation;

namespace DiningMenus.Application.Search.Common;

/// <summary>The rules for the <c>q</c> of every search.</summary>
public static class SearchTextRules
{
    public const int MaxLength = 100;

    public static IRuleBuilderOptions<T, string?> MustBeSearchText<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("q is required: a dish name or part of one.")
            .MaximumLength(MaxLength).WithMessage((_, text) => $"q is {text!.Length} characters long; at most {MaxLength} are allowed.")
            .Must(text => DishNames.Normalize(text!).Length > 0).WithMessage("q must contain a letter or a digit.");
}
