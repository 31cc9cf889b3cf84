using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Validation;
using FluentValidation;

namespace DiningMenus.Application.Admin.Commands.InvalidateHall;

public sealed class InvalidateHallCommandValidator : AbstractValidator<InvalidateHallCommand>
{
    public InvalidateHallCommandValidator(IHallRegistry halls) =>
        RuleFor(c => c.HallId).MustBeKnownHall(halls).OverridePropertyName("hall_id");
}
