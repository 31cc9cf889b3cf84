using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DiningMenus.Infrastructure.UnitTests.Http.RecordReplay;

public sealed class UpstreamCaptureOptionsValidationTests
{
    private static UpstreamCaptureOptionsValidation InContentRoot(string contentRoot) => new(new ContentRoot(contentRoot));

    [Test]
    public void No_replay_directory_is_valid()
    {
        Assert.That(InContentRoot("/").Validate(null, new UpstreamOptions()).Succeeded, Is.True);
    }

    [Test]
    public void A_relative_replay_directory_is_taken_from_the_content_root()
    {
        var repository = Captures.RepositoryRoot();
        var options = new UpstreamOptions { ReplayDirectory = "../../tests/captures" };

        Assert.That(InContentRoot(Path.Combine(repository, "src", "Api")).Validate(null, options).Succeeded, Is.True);
    }

    [Test]
    public void A_folder_without_a_manifest_stops_the_service_naming_the_key()
    {
        using var folder = new CaptureFolder();

        var result = InContentRoot("/").Validate(null, new UpstreamOptions { ReplayDirectory = folder.Path });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.StartWith("Upstream:ReplayDirectory:").And.Contain("routes.json"));
    }

    [Test]
    public void A_manifest_naming_a_missing_file_stops_the_service_naming_the_file()
    {
        using var folder = new CaptureFolder();
        CaptureManifest.Write(folder.Path, [new CapturedResponse { Url = "https://example.test/", File = "gone.html" }]);

        var result = InContentRoot("/").Validate(null, new UpstreamOptions { ReplayDirectory = folder.Path });

        Assert.That(result.FailureMessage, Does.StartWith("Upstream:ReplayDirectory:").And.Contain("gone.html"));
    }

    private sealed class ContentRoot(string path) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = path;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
