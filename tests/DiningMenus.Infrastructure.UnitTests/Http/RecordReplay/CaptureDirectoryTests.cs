using System.Text;
using DiningMenus.Infrastructure.Http.Captures;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Http.RecordReplay;

public sealed class CaptureDirectoryTests
{
    [Test]
    public void The_repository_captures_answer_every_vendor_url_of_their_manifest()
    {
        var captures = CaptureDirectory.Load(Captures.Directory);

        foreach (var entry in CaptureManifest.Read(Captures.Directory))
        {
            Assert.That(captures.TryFind(new Uri(entry.Url), out _, out var body), Is.True, entry.Url);
            Assert.That(body, Is.Not.Empty, entry.Url);
        }
    }

    [Test]
    public void An_unwrapped_eatec_capture_is_served_in_its_real_jsonp_wrapper()
    {
        var captures = CaptureDirectory.Load(Captures.Directory);

        captures.TryFind(new Uri("https://api.pomona.edu/eatec/Frary.json"), out _, out var body);

        var file = File.ReadAllBytes(Captures.PathOf("pomona/frary_eatec_2025-12-01_to_2025-12-07.json"));
        Assert.That(body, Is.EqualTo((byte[])[.. Encoding.UTF8.GetBytes("/**/ menuData("), .. file, .. Encoding.UTF8.GetBytes(");")]));
    }

    [Test]
    public void A_capture_file_is_served_byte_for_byte()
    {
        var captures = CaptureDirectory.Load(Captures.Directory);

        captures.TryFind(new Uri("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/"), out var entry, out var body);

        Assert.That(body, Is.EqualTo(File.ReadAllBytes(Captures.PathOf("bonappetit/collins_2026-02-07.html"))));
        Assert.That(entry.ContentType, Is.EqualTo("text/html; charset=UTF-8"));
    }

    [TestCase("https://API.pomona.edu/eatec/Frary.json", true)]
    [TestCase("http://api.pomona.edu/eatec/Frary.json/", true)]
    [TestCase("https://api.pomona.edu/eatec/Frary.json?callback=x", true)] // no query given: any query
    [TestCase("https://api.pomona.edu/eatec/Frank2.json", false)]
    [TestCase("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15", true)]
    [TestCase("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-16", false)] // a query given must match
    [TestCase("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258", false)]
    public void Urls_match_on_host_path_and_query(string url, bool found)
    {
        var captures = CaptureDirectory.Load(Captures.Directory);

        Assert.That(captures.TryFind(new Uri(url), out _, out _), Is.EqualTo(found));
    }

    [Test]
    public void A_later_entry_for_the_same_url_wins()
    {
        using var folder = new CaptureFolder();
        folder.Write("old.json", "old");
        folder.Write("new.json", "new");
        folder.Write(CaptureManifest.FileName, """
            [
              { "url": "https://example.test/menu", "file": "old.json" },
              { "url": "https://example.test/menu", "file": "new.json", "status": 500 }
            ]
            """);

        var captures = CaptureDirectory.Load(folder.Path);

        Assert.That(captures.TryFind(new Uri("https://example.test/menu"), out var entry, out var body), Is.True);
        Assert.That(Encoding.UTF8.GetString(body), Is.EqualTo("new"));
        Assert.That(entry.Status, Is.EqualTo(500));
    }

    [Test]
    public void A_folder_without_a_manifest_is_refused_naming_the_file()
    {
        using var folder = new CaptureFolder();

        var thrown = Assert.Throws<FileNotFoundException>(() => CaptureDirectory.Load(folder.Path));

        Assert.That(thrown.Message, Does.Contain(Path.Combine(folder.Path, CaptureManifest.FileName)));
    }
}
