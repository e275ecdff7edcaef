namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>
/// The user's session has ended (no token, or the refresh was refused): no call goes out without a token. An
/// <see cref="HttpRequestException"/>, so a page treats it as a call that did not get through while the layout
/// sends the user to sign in again.
/// </summary>
public sealed class AanmeldingVerlopenException() : HttpRequestException("De aanmelding is verlopen; meld u opnieuw aan.");
