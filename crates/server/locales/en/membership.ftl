# Membership: accounts, residence, staff decisions, roles, imports, your data and sessions.

## Forms and fields
form-has-errors = Please correct the fields marked below.
## Sign-up
signup-title = Sign up
signup-intro = Signing up takes three steps: find your address, tell us about you, then prove that you live there.
signup-step-address = 1. Find your address
signup-address-search = Street and house number
signup-address-hint = For example: Avenue de la Liberté 12
signup-address-button = Search
signup-address-none = No address found. Check the spelling, or try only the street name.
signup-step-choose = 2. Choose your address
signup-address-first = Search for your address first.
signup-step-you = 3. About you
signup-submit = Sign up
signup-done-title = Almost done
signup-done-email = We sent an e-mail to { $email }.
signup-done-next = What happens next
signup-done-step-email = Open the e-mail and click the link to confirm your e-mail address.
signup-done-step-residence = Prove that you live at your address, in one of three ways:
guidelines-title = How we treat each other
guidelines-kind = Be kind and polite, also when you disagree.
guidelines-real = Use your real name and your real address.
guidelines-private = Respect privacy: do not share what neighbours tell you in confidence.
guidelines-no-selling = No advertising and no selling for profit.
guidelines-report = Report posts that break these rules; moderators will look at them.
guidelines-accept = I accept these rules.
## E-mail confirmation
confirm-title = Confirm your e-mail address
confirm-text = Press the button to confirm your e-mail address.
confirm-button = Confirm
confirm-invalid = This link does not work any more. It may be old or already used. Log in to get a new one.
## Log in and password
login-title = Log in
login-submit = Log in
login-error = The e-mail address or the password is not right.
login-forgot = Forgot your password?
login-no-account = No account yet?
login-notice-confirmed = Your e-mail address is confirmed. Please log in.
login-notice-reset = Your new password is saved. Please log in.
login-notice-logged-out = You are logged out.
forgot-title = Forgotten password
forgot-text = Enter your e-mail address. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this e-mail address has an account here, we have sent a link to it. The link works for one hour.
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid = This link does not work any more. It may be older than one hour or already used.
## Account
me-title = My account
me-address = Address
me-address-private = only you and the commune's staff see this
me-neighbourhood = Neighbourhood
me-role = Role
me-status = Status
me-confirm-title = Confirm your e-mail address
me-confirm-text = We sent you a link by e-mail. Did it not arrive? Check your spam folder, or ask for a new one.
me-confirm-resend = Send the link again
me-confirm-sent = We sent a new link. Older links no longer work.
status-email-unconfirmed = E-mail address not confirmed yet
status-pending = We still need to check that you live here.
status-verified = Residence verified
status-refused = We could not confirm that you live at this address. Please contact the commune.
status-staff = Works for the commune
role-resident = Resident
role-moderator = Neighbourhood moderator
role-staff = Commune staff
role-admin = Commune administrator
role-operator = Operator
## Proving residence
verify-title = Prove your residence
verify-intro = We check that you live at your address, so that only real neighbours join your neighbourhood.
verify-ways = You can do this in three ways:
verify-way-letter = with the code on the letter the commune sends to your address,
verify-way-invitation = with a code from a neighbour who is already verified,
verify-letter-wait = { $days ->
    [one] Lately, letters were printed within a day of signing up, then posted.
   *[other] Lately, letters were printed within { $days } days of signing up, then posted.
}
verify-way-staff = or by visiting the commune's office: staff can approve you.
verify-submit = Check the code
verify-error-format = This is not a code. A code has 12 letters and numbers.
verify-error-unknown = We do not know this code. Check it and try again.
verify-error-expired = This code is too old. Ask for a new one.
verify-error-used = This code was already used.
verify-error-other-neighbourhood = This invitation is for another neighbourhood. Only neighbours of your own neighbourhood can invite you.
verify-error-inviter = The neighbour who gave you this code no longer lives in your neighbourhood, so it no longer works. Ask another neighbour, or wait for the commune's letter.
verify-error-not-pending = Your residence does not need checking.
verified-title = Welcome, neighbour!
verified-text = You are now a member of { $neighbourhood }.
## Invitations
invite-title = Invite a neighbour
invite-text = Does a neighbour want to join? Make a code and give it to them. It works once, for 14 days, only in your neighbourhood.
invite-button = Make a code
invite-new-code = Here is the code. Write it down and give it to your neighbour:
invite-error-too-many = You have 5 codes that are not used yet. Wait until they are used or too old.
invite-list = Your codes
invite-created = Date
invite-code = Code
invite-state = State
invite-used = Used
invite-expired = Too old
invite-open-until = Open until { $date }
## Staff
staff-title = Administration
staff-tools = Staff tools
staff-neighbourhood-count = { $count ->
    [one] One neighbourhood
   *[other] { $count } neighbourhoods
}
staff-address-count = { $count ->
    [one] One address in the register
   *[other] { $count } addresses in the register
}
staff-pending-count = { $count ->
    [one] One resident waiting for verification
   *[other] { $count } residents waiting for verification
}
pending-title = Residents waiting for verification
pending-none = Nobody is waiting.
pending-caption = Check each person's address, then approve or refuse.
pending-since = Date
pending-decision = Decision
pending-email-unconfirmed = e-mail not confirmed yet
pending-approve = Approve { $name }
pending-refuse = Refuse { $name }
pending-approved = The resident is approved.
pending-letter-printed = Letter printed on { $date }
pending-new-letter = The letter to { $name } was lost: print a new one
pending-letter-voided = The old letter no longer works. The next batch of letters includes a new one.
pending-refused = The resident is refused.
letters-title = Residence letters
letters-waiting = { $count ->
    [0] No resident is waiting for a letter.
    [one] One resident is waiting for a letter.
   *[other] { $count } residents are waiting for a letter.
}
letters-once = The codes are shown only once, on the page that opens. Print it straight away.
letters-print = Make the letters
letters-printed = { $count ->
    [0] No letter to print.
    [one] One letter is ready. Print this page.
   *[other] { $count } letters are ready. Print this page: each letter comes on its own sheet.
}
letters-print-hint = Use your browser's Print command. Making letters again gives new codes; the old ones stop working.
letter-heading = Your code to prove where you live
letter-greeting = Hello { $name },
letter-body = You signed up on Gemeng, the neighbourhood platform { $article ->
     [the] of the { $commune }
    *[none] of { $commune }
    }. Neighbours there must be sure that everyone really lives nearby. That is why the commune posts this code to the address you gave: only someone who lives there receives it.
letter-step-open = Open { $url }
letter-step-login = Log in with your e-mail address and password.
letter-step-enter = Type the code above and press "Check the code".
letter-steps-title = What to do with the code
letter-label-date = Date
letter-label-reference = Reference
letter-label-phone = Phone
letter-label-email = E-mail
letter-label-hours = Opening hours
letter-label-code = Your code
letter-contact = Questions? Call { $phone } or come to the town hall with this letter.
letter-contact-desk = Questions? Come to the town hall with this letter.
letter-expiry = This code works until { $date }, once.
## Imports
import-title = Map and address register
import-neighbourhoods = Neighbourhoods (GeoJSON)
import-neighbourhoods-hint = A GeoJSON FeatureCollection of polygons, each with a "name". A neighbourhood with the same name is updated.
import-addresses = Address register (CSV)
import-addresses-hint = Columns: street, number, postcode, locality, lat, lon. An address that exists already is updated.
import-file = File
import-submit = Import
import-refused = Nothing was imported
import-neighbourhoods-done = { $created ->
        [one] One neighbourhood created
       *[other] { $created } neighbourhoods created
    }, { $updated } updated. { $outside ->
        [0] Every address lies in a neighbourhood.
        [one] One address lies in no neighbourhood.
       *[other] { $outside } addresses lie in no neighbourhood.
    }
import-addresses-done = { $rows ->
        [one] One address imported.
       *[other] { $rows } addresses imported.
    } { $outside ->
        [0] Every one lies in a neighbourhood.
        [one] One lies in no neighbourhood.
       *[other] { $outside } lie in no neighbourhood.
    }
import-problem-row = Line { $line }: { $reason } { $detail }
import-problem-feature = Feature { $feature }: { $reason } { $detail }
import-problem-overlap = "{ $first }" and "{ $second }" overlap.
import-error-csv = The file is not valid CSV.
import-error-missing-column = A column is missing:
import-error-missing-value = A value is missing:
import-error-bad-value = A value is too long or has control characters:
import-error-bad-coordinate = A coordinate is not a valid number:
import-error-duplicate-address = This address appears twice:
import-error-empty = The file holds nothing to import.
import-error-too-many-rows = The file has too many rows. The most is:
import-error-geojson = The file is not valid GeoJSON.
import-error-not-feature-collection = The file must be a GeoJSON FeatureCollection.
import-error-feature-name = A feature has no usable "name" property.
import-error-duplicate-name = Two features have the same name:
import-error-feature-geometry = A feature is not a Polygon or MultiPolygon:
import-error-ring-too-short = A polygon ring has fewer than 3 corners:
import-error-shape-too-large = A shape has too many points:
import-error-no-file = Choose a file to import.
## Roles
roles-title = Roles
roles-intro = Name neighbourhood moderators and commune staff. A moderator must be a verified resident.
roles-caption = People of the commune
roles-for = Role of { $name }
roles-save = Save
roles-saved = The role is saved.
roles-error-self = You cannot change your own role.
roles-error-changed = Someone changed this person's role in the meantime. Look at the list again.
roles-error-moderator-needs-member = Only a verified resident of a neighbourhood can be its moderator.
roles-error-resident-needs-address = This person has no address in the register, so cannot be a resident.
mail-confirm-subject = { $commune }: please confirm your e-mail address
mail-confirm-body =
    Hello { $name },

    Thank you for signing up on Gemeng { $article ->
         [the] in the { $commune }
        *[none] in { $commune }
        }.
    Please open this link to confirm your e-mail address:

    { $link }

    The link works for 3 days. If you did not sign up, you can ignore this e-mail.
mail-reset-subject = { $commune }: choose a new password
mail-reset-body =
    Hello { $name },

    Someone asked to change the password of your Gemeng account { $article ->
         [the] in the { $commune }
        *[none] in { $commune }
        }.
    To choose a new password, open this link within one hour:

    { $link }

    If it was not you, ignore this e-mail: your password stays the same.
import-error-name-invisible = A name has invisible characters or characters that change the direction of text:
import-error-ring-not-closed = A polygon ring does not end at its first point:
import-error-zero-area = A polygon or one of its rings has no area:
import-error-self-intersecting = The border of a polygon crosses or touches itself:
import-error-shape-too-complex = A shape is too intricate to check. Simplify it:
undelivered-title = E-mails that could not be delivered
undelivered-intro = These messages were given up after two days of attempts. Contact the person another way, for example by post or phone, and check their e-mail address with them.
undelivered-caption = Undelivered e-mails, newest first
undelivered-recipient = To
undelivered-subject = Subject
undelivered-when = Date
data-title = Your data
data-intro = Everything Gemeng keeps about you is on this page. You can download it as a file to keep, or erase your account.
data-download = Download everything (JSON file)
data-account = Your account
data-sessions = Where you are logged in
data-trusted-browsers = Browsers allowed to log in to your account
data-email-links = Links sent to you by e-mail
data-residence-letters = Residence letters addressed to you
data-codes-given = Invitation codes you gave to neighbours
data-posts = Your posts
data-comments = Your answers to posts
data-thanks = Thank-yous you gave
data-posts-hidden = Posts you hid as a moderator
data-comments-hidden = Answers you hid as a moderator
data-codes-used = Codes you used to prove where you live
data-letter-batches = Residence letters you printed (staff)
data-residents-verified = Residents whose address you approved (staff)
data-decisions-taken = Decisions you took (staff)
data-decisions-about-you = Decisions about your account
data-emails = E-mails sent to you
data-time-bank-account = Your time bank account (balance and opening date)
data-time-bank-listings = Your offers and requests in the time bank
data-consultation-answers = Your answers to named consultations of the commune
data-consultation-participation = The anonymous consultations you answered (your answers are not linked to you)
data-consultations-written = Consultations you prepared for the commune
data-announcements-read = The commune’s announcements you opened, and when
data-announcements-written = Announcements you wrote for the commune
data-consultation-answer-forms = The consultations you sent answers to (kept only to recognise a form sent twice)
data-service-threads = The conversations you started with the commune’s services, with their subject and state
data-service-messages = Messages you wrote in conversations with the commune’s services
data-service-threads-assigned = Conversations with the commune’s services assigned to you
data-newsletter = The commune newsletters your address is subscribed to
data-time-bank-recorded = Time bank entries you recorded as coordinator
data-field-email = E-mail address
data-field-display-name = Name shown to neighbours
data-field-language = Language
data-field-role = Role
data-field-residence = Residence
data-field-verification-method = How the residence was proven
data-field-verified-at = Residence proven on
data-field-email-confirmed-at = E-mail confirmed on
data-field-created-at = Created on
data-field-address = Address
data-field-kind = Kind
data-field-device = Device
data-field-last-seen-at = Last used on
data-field-expires-at = Valid until
data-field-last-used-at = Last used on
data-field-purpose = Purpose
data-field-used-at = Used on
data-field-letters = Letters
data-field-action = What was done
data-field-detail = Detail
data-field-at = On
data-field-subject = Subject
data-field-sent-at = Sent on
data-field-failed-at = Given up on
data-erase-title = Erase your account
data-erase-text = This erases your account and everything on this page for good. What your neighbours need keeps working (an invitation code a neighbour already used stays valid for them), but nothing in it points to you any more. You cannot undo this.
data-erase-password = Your password, to confirm
data-erase-button = Erase my account for good
data-erase-wrong-password = This is not your password. Nothing was erased.
sessions-title = Where you are logged in
sessions-intro = These are the browsers and apps logged in to your account. If you do not recognise one, end it and change your password.
sessions-device = Device
sessions-device-unknown = Unknown device
sessions-app = app
sessions-since = Logged in on
sessions-last-used = Last used on
sessions-this-one = This is the browser you are using now.
sessions-end = End this session
sessions-end-others = Log out everywhere else
sessions-ended = The session was ended.
sessions-others-ended = You are now logged out everywhere except here.
roles-search = Find a person by name or e-mail
roles-search-button = Search
roles-none = Nobody matches this search.
import-running = The import is still running. Large registers take a minute or two.
import-check-again = Look again
import-interrupted = This import was interrupted before it finished; nothing of it was written. Import the file again.
import-error-busy = Another import of this commune is still running. Wait until it has finished.
data-imports-started = Imports you started (staff)
data-field-outcome = Outcome
## Staff tables and undoing a decision
staff-col-name = Name
staff-col-address = Home address
staff-col-neighbourhood = Neighbourhood
staff-col-role = Role
roles-fixed = Only an administrator can change this role.
roles-yourself = This is you: another administrator can change your role.
pending-undo = Undo
pending-undo-hint = You can undo this for 10 minutes.
pending-undone = The decision is undone. The resident is waiting again.
pending-undo-too-late = This decision can no longer be undone: it is more than 10 minutes old, or it was not yours.
## A resident's progress
progress-title = Your way into the neighbourhood
progress-account = Account created
progress-email = E-mail address confirmed
progress-residence = Residence proven
progress-residence-detail = Enter the code from the commune’s letter or from a neighbour on the page “Prove your residence”.
progress-first-post = Write your first post
progress-first-post-detail = Say hello, offer a hand, lend a tool or ask for help in your neighbourhood.
verify-email-confirmed = Your e-mail address is confirmed. One step is left: prove that you live here.
data-field-audience = Audience
data-field-title = Title
data-field-body = Text
data-field-state = State
data-field-edited-at = Changed on
data-field-deleted-at = Deleted on
data-field-hidden-at = Hidden on
data-field-hidden-reason = Why it was hidden
data-field-post-id = Post
data-field-full-name = Name on the letterbox
data-field-address-extra = Flat or floor
## E-mails at each step, and refusing
mail-approved-subject = { $commune }: your residence is confirmed
mail-approved-body =
    Hello { $name },

    The commune has checked your address: your residence is confirmed.
    Your neighbourhood on Gemeng is now open to you:

    { $link }

    Welcome, and see you soon among your neighbours.
mail-refused-subject = { $commune }: we could not confirm your residence
mail-refused-body =
    Hello { $name },

    The commune could not confirm that you live at the address you gave.
    Reason: { $reason }

    If this is a mistake, please contact the town hall:
    { $contact }
mail-refused-no-reason = no reason was given.
refuse-title = Refuse this residence?
refuse-explain = The person will receive an e-mail saying that the commune could not confirm their address, with your reason. You can undo the decision for 10 minutes.
refuse-reason = Reason (optional)
refuse-reason-hint = In plain words, for example: nobody of this name lives at this address.
refuse-cancel = Back, without refusing
mail-letter-subject = { $commune }: your letter is on its way
mail-letter-body =
    Hello { $name },

    The commune printed your letter on { $date }. It comes by post to your address in the next days.
    When it arrives, open this page and type the code from the letter:

    { $link }
mail-invitation-used-subject = { $commune }: your invitation was used
mail-invitation-used-body =
    Hello { $name },

    A neighbour used your invitation and has joined your neighbourhood: { $newcomer }.
mail-contact-phone = Phone: { $phone }
mail-contact-email = E-mail: { $email }
mail-contact-hours = Opening hours: { $hours }
data-blocks = People you blocked
data-blocked-by = Times someone blocked you (never who)
data-conversations = Your conversations
data-messages = Messages you sent
data-messages-hidden = Messages you hid as staff
data-reports = Reports you made
data-reports-judged = Reports you judged as a moderator
data-notice-settings = Your choices of e-mail notices
data-notice-link = That you have an unsubscribe link (its secret is not shown)
data-digest = Your daily digest of notices
data-field-id = Number
data-field-high-id = The other person (number)
data-field-low-id = The other person (number)
data-field-blocked-id = Person blocked (number)
data-field-balance = Balance in minutes
data-field-opened-at = Opened on
data-field-category = Category
data-field-minutes = Minutes
data-field-amount = Minutes
data-field-memo = Description
data-field-thread-id = Conversation (number)
data-field-service-id = Service (number)
data-field-commune-id = Commune (number)
data-field-confirmed-at = Confirmed
data-field-item-type = What
data-field-item-id = Which (number)
data-field-reason = Reason
data-field-details = Details
data-field-closed-at = Judged on
data-field-topic = About
data-field-frequency = How often
data-field-user-id = Account (number)

## Organiser accounts: associations' accounts that staff create.
role-organiser = Organiser (association)
status-organiser = Organises activities for the commune
organisers-title = Organiser accounts
organisers-intro = An association, a club or a ministry running an event here gets an organiser account: it publishes activities for the whole commune or for everyone, and sees who registered. It has no neighbourhood, no messages and no time bank.
organisers-none = No organiser account yet.
organisers-caption = The commune's organiser accounts
organisers-col-name = Organisation
organisers-col-email = E-mail address
organisers-col-created = Created
organisers-col-activities = Activities
organisers-col-actions = Account
organisers-close-link = Close the account: { $name }
organisers-new = Create an organiser account
organisers-new-hint = The organisation receives an e-mail, in the language you choose, with a link to choose a password. The link works for seven days.
organisers-field-name = Name of the organisation
organisers-field-language = Language of its e-mails
organisers-create = Create the account
organisers-created = The account was created. The organisation will receive an e-mail to choose a password.
organisers-closed = The account was closed. Its activities stay; the commune's staff manage them.
organisers-close-title = Close an organiser account
organisers-close-explained = Closing the account erases it, as a person erasing their data would: nobody can log in with it any more. Its activities stay for the people registered; the commune's staff manage them from now on.
organisers-close-button = Close the account: { $name }
organisers-close-keep = Keep the account
error-organisation-name-too-short = The organisation's name needs at least 2 characters.
error-organisation-name-too-long = The organisation's name can have at most 60 characters.
mail-organiser-welcome-subject = Your organiser account on Gemeng
mail-organiser-welcome-body = Hello,

    the commune's staff have opened an organiser account on Gemeng for your organisation: { $name }.
    Commune: { $commune }

    With this account you publish your activities for the commune's residents (for the whole commune, or open to everyone), see who registered and write to them. It is not a resident's account: it has no neighbourhood, no messages and no time bank.

    Choose your password with this link (it works for seven days):

    { $link }

    Then log in with this e-mail address. If you did not expect this e-mail, please tell the commune.
