using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.UnitTests.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Infrastructure.UnitTests.Halls;

/// <summary>The checklist of "Adding a vendor": every vendor of the enum is registered by its folder and has menu sources.</summary>
public sealed class VendorRegistrationTests
{
    [Test]
    public void Every_vendor_is_registered_once_with_at_least_one_menu_source()
    {
        using var provider = InfrastructureHost.Build(InfrastructureHost.OneHallPerVendor());

        var registered = provider.GetServices<RegisteredVendor>().Select(v => v.Vendor).ToList();
        var withSources = provider.GetServices<IMenuSource>().Select(s => s.Vendor).Distinct();

        Assert.That(registered, Is.EquivalentTo(Enum.GetValues<VendorType>()), "one AddVendorHallSettings per vendor folder");
        Assert.That(withSources, Is.EquivalentTo(Enum.GetValues<VendorType>()));
    }

    [Test]
    public void Each_vendors_sources_have_distinct_priorities_and_names()
    {
        using var provider = InfrastructureHost.Build(InfrastructureHost.OneHallPerVendor());

        var sources = provider.GetServices<IMenuSource>().ToList();

        Assert.That(sources.Select(s => s.Name), Is.Unique);
        Assert.That(sources.GroupBy(s => s.Vendor).Select(g => g.Select(s => s.Priority)), Has.All.Unique);
    }
}
