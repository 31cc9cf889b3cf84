using DiningMenus.Application.Menus.Common;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Archive;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Tests.Shared;

namespace DiningMenus.Infrastructure.UnitTests.Archive;

/// <summary>What one read does to the archive, and the content hash that decides it, on Frary's captured week.</summary>
public sealed class ArchiveRevisionRuleTests
{
    private static readonly Hall Frary = new("frary", "Frary", "pomona", VendorType.Pomona);
    private static readonly DateTimeOffset FetchedAt = new(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);

    private static DayMenu December1 { get; } = EatecFeedParser
        .Parse(Captures.ReadText("pomona/frary_eatec_2025-12-01_to_2025-12-07.json"), "frary")
        .DayFor(new DateOnly(2025, 12, 1))!;

    private static DayMenuResult Read(DayMenu day, bool stale = false, string source = "eatec-feed") =>
        new(Frary, day, source, FetchedAt, stale);

    [Test]
    public void A_day_not_archived_yet_is_a_new_revision()
    {
        Assert.That(ArchiveRevisionRule.Decide(Read(December1), MenuContentHash.Of(December1), null), Is.EqualTo(ArchiveDecision.NewRevision));
    }

    [Test]
    public void The_same_content_is_unchanged_whoever_read_it_and_when()
    {
        var latest = new LatestRevision(3, MenuContentHash.Of(December1), ReadFidelity.Full);
        var reread = Read(December1, source: "eatec-discovered-feed") with { FetchedAt = FetchedAt.AddHours(5) };

        Assert.That(ArchiveRevisionRule.Decide(reread, MenuContentHash.Of(reread.Menu), latest), Is.EqualTo(ArchiveDecision.Unchanged));
    }

    [Test]
    public void Changed_content_is_the_next_revision()
    {
        var changed = WithFirstItemRenamed(December1, "Beef Bulgogi");
        var latest = new LatestRevision(1, MenuContentHash.Of(December1), ReadFidelity.Full);

        Assert.That(MenuContentHash.Of(changed), Is.Not.EqualTo(latest.ContentHash));
        Assert.That(ArchiveRevisionRule.Decide(Read(changed), MenuContentHash.Of(changed), latest), Is.EqualTo(ArchiveDecision.NewRevision));
    }

    [Test]
    public void A_reduced_read_never_follows_a_full_revision_changed_or_not()
    {
        var latest = new LatestRevision(1, MenuContentHash.Of(December1), ReadFidelity.Full);
        var same = December1 with { Fidelity = ReadFidelity.Reduced };
        var changed = WithFirstItemRenamed(December1, "Beef Bulgogi") with { Fidelity = ReadFidelity.Reduced };

        Assert.That(ArchiveRevisionRule.Decide(Read(same), MenuContentHash.Of(same), latest), Is.EqualTo(ArchiveDecision.KeepsFullCopy));
        Assert.That(ArchiveRevisionRule.Decide(Read(changed), MenuContentHash.Of(changed), latest), Is.EqualTo(ArchiveDecision.KeepsFullCopy));
    }

    [Test]
    public void After_a_reduced_revision_a_full_read_is_the_next_revision_even_of_the_same_dishes()
    {
        var latest = new LatestRevision(1, MenuContentHash.Of(December1), ReadFidelity.Reduced);

        Assert.That(ArchiveRevisionRule.Decide(Read(December1), MenuContentHash.Of(December1), latest), Is.EqualTo(ArchiveDecision.NewRevision));
    }

    [Test]
    public void After_a_reduced_revision_a_reduced_read_is_unchanged_or_the_next_revision_by_its_content()
    {
        var latest = new LatestRevision(1, MenuContentHash.Of(December1), ReadFidelity.Reduced);
        var same = December1 with { Fidelity = ReadFidelity.Reduced };
        var changed = WithFirstItemRenamed(December1, "Beef Bulgogi") with { Fidelity = ReadFidelity.Reduced };

        Assert.That(MenuContentHash.Of(same), Is.EqualTo(latest.ContentHash), "fidelity is not content");
        Assert.That(ArchiveRevisionRule.Decide(Read(same), MenuContentHash.Of(same), latest), Is.EqualTo(ArchiveDecision.Unchanged));
        Assert.That(ArchiveRevisionRule.Decide(Read(changed), MenuContentHash.Of(changed), latest), Is.EqualTo(ArchiveDecision.NewRevision));
    }

    [Test]
    public void Stale_unpublished_and_empty_reads_are_not_archivable()
    {
        var empty = December1 with { Meals = [December1.Meals[0] with { Stations = [] }] };
        var unpublished = DayMenu.Unpublished("frary", December1.Date);

        Assert.Multiple(() =>
        {
            Assert.That(ArchiveRevisionRule.Decide(Read(December1, stale: true), MenuContentHash.Of(December1), null), Is.EqualTo(ArchiveDecision.NotArchivable));
            Assert.That(ArchiveRevisionRule.Decide(Read(unpublished), MenuContentHash.Of(unpublished), null), Is.EqualTo(ArchiveDecision.NotArchivable));
            Assert.That(ArchiveRevisionRule.Decide(Read(empty), MenuContentHash.Of(empty), null), Is.EqualTo(ArchiveDecision.NotArchivable));
        });
    }

    [Test]
    public void A_closed_day_is_archivable()
    {
        var closed = DayMenu.Closed("frary", December1.Date);

        Assert.That(ArchiveRevisionRule.Decide(Read(closed), MenuContentHash.Of(closed), null), Is.EqualTo(ArchiveDecision.NewRevision));
    }

    [Test]
    public void A_day_read_back_from_its_archived_rows_hashes_as_it_was_read()
    {
        var archived = Read(December1).ToArchivedDay(1, MenuContentHash.Of(December1));
        var back = archived.ToDayMenuResult(Frary);
        var reduced = Read(December1 with { Fidelity = ReadFidelity.Reduced }).ToArchivedDay(1, MenuContentHash.Of(December1));

        Assert.That(MenuContentHash.Of(back.Menu), Is.EqualTo(archived.ContentHash));
        Assert.That((back.Menu.Fidelity, reduced.ToDayMenuResult(Frary).Menu.Fidelity), Is.EqualTo((ReadFidelity.Full, ReadFidelity.Reduced)));
        Assert.That(archived.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Select(i => i.ServedOn).Distinct(),
            Is.EqualTo(new[] { December1.Date }));
        Assert.That(archived.Meals.SelectMany(m => m.Stations).SelectMany(s => s.Items).Single(i => i.Name == "Spicy Pork Bulgogi").NormalizedName,
            Is.EqualTo("spicy pork bulgogi"));
    }

    private static DayMenu WithFirstItemRenamed(DayMenu day, string name)
    {
        var meal = day.Meals[0];
        var station = meal.Stations[0];
        var renamed = station with { Items = [station.Items[0] with { Name = name }, .. station.Items.Skip(1)] };
        return day with { Meals = [meal with { Stations = [renamed, .. meal.Stations.Skip(1)] }, .. day.Meals.Skip(1)] };
    }
}
