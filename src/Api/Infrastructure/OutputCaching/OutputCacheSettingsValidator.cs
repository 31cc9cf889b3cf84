using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

internal sealed class OutputCacheSettingsValidator : SettingsValidator<OutputCacheSettings>
{
    public OutputCacheSettingsValidator()
    {
        // Replayed answers skip MVC and the menu cache's TTLs: keep them to minutes at most.
        RuleFor(o => o.Seconds).InclusiveBetween(0, 3600);
        RuleFor(o => o.SizeLimitMegabytes).InclusiveBetween(1, 4096);
    }
}
