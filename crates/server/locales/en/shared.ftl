# What every page shares: the site, navigation, reader preferences, errors and common fields.

# Gemeng — English. Plain language: short sentences, everyday words.
# Every message here must exist in lb, de, fr and pt too (a test checks it).
site-name = Gemeng
language-name = English
skip-to-content = Skip to the main content
nav-label = Main menu
nav-commune = Commune
nav-neighbourhood = My neighbourhood
nav-staff = Administration
nav-account = My account
nav-login = Log in
nav-logout = Log out
nav-signup = Sign up
language-label = Language
language-apply = Change
display-large-text = Larger text
display-high-contrast = High contrast
footer-text = Gemeng connects the commune and its neighbours. Your exact address is never shown to others.
field-display-name = Your name
field-display-name-hint = How your neighbours will see you. A first name is enough.
field-email = E-mail address
field-password = Password
field-new-password = New password
field-password-hint = At least 8 characters. A sentence you remember is a good password.
field-language = Language for e-mails and pages
field-code = Code
field-code-hint = 12 letters and numbers, for example ACDE-FGHJ-KMNP. Spaces and small letters are fine.
## Validation messages
error-control-characters = This has invisible characters, often left by copy and paste. Please type it again.
error-email-required = Enter your e-mail address.
error-email-invalid = Enter an e-mail address like name@example.lu.
error-email-taken = An account with this e-mail address exists already. Log in, or reset your password.
error-password-too-short = The password needs at least 8 characters.
error-password-too-long = The password can have at most 256 characters.
error-password-common = This password is too common and easy to guess. Choose another one.
error-password-context = The password must not be your name or e-mail address.
error-name-too-short = Your name needs at least 2 characters.
error-name-too-long = Your name can have at most 60 characters.
error-guidelines-required = Please accept the rules to join.
error-address-required = Choose your address from the list.
error-address-unknown = This address is not in the commune's register.
error-address-outside = This address is not in any neighbourhood of the commune. Please contact the commune.
error-query-too-long = The search text can have at most 120 characters.
error-language-unknown = This language is not available.
## Error pages
error-back-home = Back to the home page
error-not-found-title = Page not found
error-not-found-detail = This page does not exist, or you are not allowed to see it.
error-login-title = Please log in
error-login-detail = You need to log in to see this page.
error-email-first-title = Confirm your e-mail address first
error-email-first-detail = When you signed up, we sent you an e-mail with a link. Press that link first; then you can enter the code from the letter or from a neighbour here. No e-mail? Your account page can send a new one.
error-verification-title = We still need to check that you live here
error-verification-detail = This page is for residents whose address is checked. Enter the code from the commune’s letter or from a neighbour on your account page.
error-forbidden-title = Not allowed
error-forbidden-detail = You are not allowed to open this page.
error-bad-request-title = This did not work
error-form-malformed = The form was not sent correctly. Please go back and try again.
error-form-too-large = The file or text is too large.
error-json-malformed = The request body is not the expected JSON.
error-csrf = This page was open too long. Reload it and fill in the form again.
error-method-not-allowed = This page cannot do that. Please go back and try again.
error-unsupported-media-type = This kind of content is not accepted here.
error-invalid-title = Some fields are not valid
error-invalid-detail = Please correct the fields listed.
error-conflict-title = This cannot be done now
error-rate-limit-title = Too many attempts
error-rate-limit-detail = Please wait a few minutes and try again.
error-busy-title = Please try again in a moment
error-busy-detail = Many people are logging in right now. Wait a few seconds, go back and send the form again.
error-internal-title = Something went wrong on our side
error-internal-detail = Please try again in a moment. If it happens again, contact the commune.
error-timeout = This took too long. Please try again.
## E-mails
mail-signature = Gemeng, the neighbourhood platform of your commune
## Invisible characters, e-mail addresses and map checks
error-name-invisible = Your name has invisible characters or characters that reverse the text. Please type it with visible letters only.
error-email-ascii = An e-mail address can only use latin letters without accents, digits and . _ - + (like name@example.lu).
list-next-page = Next page
error-page-size = Ask for 1 to 200 entries at a time.
## The name on the letterbox
field-full-name = Your full name
field-full-name-hint = As on your letterbox. Only the commune sees it: it is on the letter we post to you.
field-address-extra = Flat or floor (optional)
field-address-extra-hint = For example: 2nd floor, flat 4. So that the letter reaches you.
error-full-name-too-short = Your full name needs at least 2 characters.
error-full-name-too-long = Your full name can have at most 120 characters.
error-address-extra-too-long = This can have at most 60 characters.

## Uploaded pictures
image-error-no-file = Choose a picture to upload.
image-error-not-image = This file is not a picture Gemeng can read: use a PNG or JPEG file.
image-error-unreadable = This picture is damaged or incomplete: try another file.
image-error-too-large = This picture is too large: at most 8,000 pixels a side.
image-error-busy = Many pictures are being uploaded right now. Try again in a minute.

## Where the commune's desk is
desk-title = The commune’s desk
desk-address = Address
nav-timebank = Time bank
nav-messages = Messages
nav-messages-unread = { $count ->
    [one] unread message
   *[other] unread messages
}
footer-guidelines = Community guidelines

nav-organised = Our activities
