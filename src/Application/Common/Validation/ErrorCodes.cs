namespace DiningMenus.Application.Common.Validation;

/// <summary>FluentValidation error codes the API maps to a status other than 400.</summary>
public static class ErrorCodes
{
    /// <summary>The hall id is not in the registry: 404.</summary>
    public const string UnknownHall = "UnknownHall";
}
