using DiningMenus.Application.Common.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;

namespace DiningMenus.Application.UnitTests.TestData;

/// <summary>A real <see cref="MenusTelemetry"/> on its own meter factory, for constructing the classes that record.</summary>
internal static class TestTelemetry
{
    public static MenusTelemetry Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
