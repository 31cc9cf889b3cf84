using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Admin.Commands.RefreshHallDay;

public sealed class RefreshHallDayCommandValidator : AbstractValidator<RefreshHallDayCommand>
{
    public RefreshHallDayCommandValidator(TimeProvider clock, IOptions<MenusOptions> options) =>
        RuleFor(c => c.Date).MustBeServedDate(clock, options.Value).OverridePropertyName("date");
}
