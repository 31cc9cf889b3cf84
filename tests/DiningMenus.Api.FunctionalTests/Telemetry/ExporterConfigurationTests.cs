using System.Net;

namespace DiningMenus.Api.FunctionalTests.Telemetry;

/// <summary>Each exporter choice starts the service (the OTLP one pointed at a closed loopback port: export fails quietly).</summary>
public sealed class ExporterConfigurationTests
{
    [TestCase("none")]
    [TestCase("console")]
    [TestCase("otlp")]
    public async Task The_service_answers_with_each_exporter(string exporter)
    {
        await using var upstream = await UpstreamFixture.StartEmptyAsync();
        await using var factory = MenusApiFactory.Create(upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["Telemetry:Exporter"] = exporter,
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
