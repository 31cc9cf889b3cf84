using DiningMenus.Application.Common.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// An ISO 8601 date-time (Pacific wall-clock time when it has no offset) → <see cref="DateTimeOffset"/>; null
/// when absent. Given empty (<c>at=</c>), malformed, or with no Pacific date (past the calendar's end), it is a 400.
/// </summary>
public sealed class InstantModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var text = bindingContext.ReadText();
        if (text is null)
        {
            return bindingContext.Succeed(null);
        }

        if (InstantText.TryParse(text, out var instant))
        {
            return bindingContext.Succeed(instant);
        }

        var name = bindingContext.ModelName;
        return bindingContext.Fail(InstantText.IsWellFormed(text)
            ? $"Invalid {name} '{text}': that instant is outside the calendar (years 0001 to 9999, in UTC and in Pacific time)."
            : $"Invalid {name} '{text}': use an ISO 8601 date-time such as 2025-12-01T12:30 (Pacific) or 2025-12-01T20:30:00Z.");
    }
}
