using DiningMenus.Application.Common.Options;
using FluentValidation;
using StackExchange.Redis;

namespace DiningMenus.Infrastructure.Caching;

internal sealed class RedisOptionsValidator : SettingsValidator<RedisOptions>
{
    public RedisOptionsValidator()
    {
        RuleFor(o => o.Configuration).Must(BeAConnectionString).When(o => o.IsConfigured)
            .WithMessage("'{PropertyName}' must be a StackExchange.Redis connection string such as 127.0.0.1:6379.");
    }

    private static bool BeAConnectionString(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
