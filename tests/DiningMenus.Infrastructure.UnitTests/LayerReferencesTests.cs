namespace DiningMenus.Infrastructure.UnitTests;

/// <summary>Infrastructure sees the Microsoft.Extensions packages it uses, never ASP.NET Core.</summary>
public sealed class LayerReferencesTests
{
    [Test]
    public void Infrastructure_references_no_asp_net_core_assembly()
    {
        var references = typeof(DependencyInjection).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(references, Has.None.StartsWith("Microsoft.AspNetCore"));
        Assert.That(references, Has.Some.StartsWith("Microsoft.Extensions.Http"), "the check would pass vacuously if nothing were read");
    }
}
