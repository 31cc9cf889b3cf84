using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

public sealed class SodexoRegistrationTests
{
    [Test]
    public void AddInfrastructure_registers_the_three_sodexo_sources_and_binds_the_options()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sodexo:ApiKey"] = "rotated-key" })
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();

        var sodexo = provider.GetServices<IMenuSource>().Where(s => s.Vendor == VendorType.Sodexo).OrderBy(s => s.Priority);

        Assert.That(sodexo.Select(s => s.Name), Is.EqualTo(new[] { "sodexo-api", "sodexo-location-page", "sodexo-bitemenu" }));
        var options = provider.GetRequiredService<IOptions<SodexoOptions>>().Value;
        Assert.That(options.ApiKey, Is.EqualTo("rotated-key"));
        Assert.That(options.ApiBaseUrl, Is.EqualTo("https://api-prd.sodexomyway.net/v0.2/data/menu"));
    }
}
