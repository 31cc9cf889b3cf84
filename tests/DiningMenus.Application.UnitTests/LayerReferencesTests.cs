namespace DiningMenus.Application.UnitTests;

/// <summary>Application is framework-agnostic: it sees Microsoft.Extensions abstractions, never ASP.NET Core.</summary>
public sealed class LayerReferencesTests
{
    [Test]
    public void Application_references_no_asp_net_core_assembly()
    {
        var references = typeof(DependencyInjection).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(references, Has.None.StartsWith("Microsoft.AspNetCore"));
        Assert.That(references, Has.Some.StartsWith("Microsoft.Extensions.Options"), "the check would pass vacuously if nothing were read");
    }
}
