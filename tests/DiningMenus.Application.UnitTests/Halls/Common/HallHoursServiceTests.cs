using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Halls.Common;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace DiningMenus.Application.UnitTests.Halls.Common;

/// <summary>A hall's hours use the day menu the cache holds without asking for it; only a menu the cache lacks is sent for.</summary>
public sealed class HallHoursServiceTests
{
    private static readonly DateOnly Today = new(2025, 12, 5);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 5, 16, 0, 0, TimeSpan.Zero));
    private Mock<ICachedDayMenus> _cached = null!;
    private Mock<ISender> _sender = null!;
    private Mock<IHallHoursSource> _published = null!;

    [SetUp]
    public void NewMocks()
    {
        _cached = new Mock<ICachedDayMenus>();
        _sender = new Mock<ISender>(MockBehavior.Strict);
        _published = new Mock<IHallHoursSource>();
        _published.SetupGet(s => s.Vendor).Returns(VendorType.Pomona);
    }

    private HallHoursService Service() =>
        new([_published.Object], _cached.Object, _sender.Object, _clock, MsOptions.Create(new MenusOptions()), NullLogger<HallHoursService>.Instance);

    private void PublishBreakfast() =>
        _published.Setup(s => s.GetHoursAsync(TestHalls.Frary, Today, It.IsAny<CancellationToken>()))
            .ReturnsAsync(DayHours.Open(Today, [ServiceHours.Labelled("Breakfast", new TimeOnly(7, 30), new TimeOnly(10, 0))], "pomona-hall-page"));

    private static DayMenuResult Day(DayMenu menu) => new(TestHalls.Frary, menu, "eatec-feed", DateTimeOffset.UnixEpoch, IsStale: false);

    [Test]
    public async Task A_cached_menu_is_used_without_sending_for_it()
    {
        PublishBreakfast();
        _cached.Setup(c => c.TryGetAsync(TestHalls.Frary, Today, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Day(new DayMenu("frary", Today, DayStatus.Closed, [])));

        var hours = await Service().GetAsync(TestHalls.Frary, Today, CancellationToken.None);

        Assert.That(hours.Status, Is.EqualTo(HoursStatus.Closed), "the cached menu says closed, whatever the page says");
        Assert.That(hours.Source, Is.EqualTo(DayHoursReconciler.MenuSource));
        _sender.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_menu_the_cache_lacks_is_sent_for()
    {
        PublishBreakfast();
        _sender.Setup(s => s.Send(It.Is<GetDayMenuQuery>(q => q.Hall == TestHalls.Frary && q.Date == Today), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Day(TestHalls.OpenDay(Today)));

        var hours = await Service().GetAsync(TestHalls.Frary, Today, CancellationToken.None);

        Assert.That(hours.Status, Is.EqualTo(HoursStatus.Open));
        Assert.That(hours.Source, Is.EqualTo("pomona-hall-page"), "an untimed menu leaves the published hours standing");
        _sender.Verify(s => s.Send(It.IsAny<GetDayMenuQuery>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task A_date_outside_the_served_window_asks_neither_the_cache_nor_upstream_for_a_menu()
    {
        var farAway = Today.AddDays(60);
        _published.Setup(s => s.GetHoursAsync(TestHalls.Frary, farAway, It.IsAny<CancellationToken>()))
            .ReturnsAsync(DayHours.Closed(farAway, "pomona-hall-page", "Winter Break"));

        var hours = await Service().GetAsync(TestHalls.Frary, farAway, CancellationToken.None);

        Assert.That(hours.Note, Is.EqualTo("Winter Break"));
        _cached.VerifyNoOtherCalls();
        _sender.VerifyNoOtherCalls();
    }
}
