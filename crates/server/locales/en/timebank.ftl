# The time bank.

timebank-error-category = Choose a category from the list.
timebank-error-memo-empty = Say in a few words what was exchanged.
timebank-error-memo-long = A description can have at most 500 characters.
timebank-error-amount-positive = Write a number of minutes above zero.
timebank-error-amount-large = One exchange can be at most 6,000 minutes (100 hours).
timebank-error-yourself = You cannot exchange minutes with yourself.
timebank-error-credit-limit = This would take the payer below the credit limit of the time bank.
timebank-error-upper-limit = This would take the receiver above the upper limit of the time bank.
timebank-error-rules = These rules are outside what the time bank allows.
timebank-error-not-yours = Only the other member can answer this proposal.
timebank-error-answered = This proposal has already been answered or cancelled.
timebank-error-expired = This proposal has expired. Make a new one if the exchange took place.
timebank-error-not-reversible = This entry cannot be reversed: it is a correction itself, or it was reversed already.
timebank-error-key-reused = This request was already used for something else. Reload the page and try again.
timebank-error-not-joined = Join the time bank first.
timebank-error-no-member = This person is not a member of the time bank.
timebank-error-rule-credit-limit = The credit limit is a number of minutes from 0 to 6,000.
timebank-error-rule-upper-limit = The upper limit is left empty, or a number of minutes from 0 to 60,000.
timebank-error-rule-welcome = The welcome credit is from 0 to 6,000 minutes, and not above the upper limit.
timebank-error-rule-proposals = Proposals wait from 1 to 720 hours (30 days).
timebank-error-amount-whole = Write a whole number of minutes (90 for an hour and a half).

# Pages.
timebank-title = Time bank
timebank-intro = Neighbours help each other and count the time: one minute given is one minute received, whatever the service.
timebank-balance = Your balance
timebank-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
timebank-credit-limit-hint = { $count ->
    [one] You may go down to { $count } minute below zero.
   *[other] You may go down to { $count } minutes below zero.
}
timebank-exchange-title = Record an exchange
timebank-gift-title = Give minutes
timebank-statement-title = Your statement
timebank-to-answer = Waiting for your answer
timebank-to-answer-none = Nothing waits for your answer.
timebank-asks-you = { $name } asks you for minutes
timebank-offers-you = { $name } offers you minutes
timebank-field-amount = Minutes
timebank-field-memo = What was exchanged
timebank-field-category = Category
timebank-answer-by = Answer by
timebank-confirm = Confirm
timebank-decline = Decline
timebank-waiting = Your proposals waiting for an answer
timebank-waiting-none = None of your proposals is waiting.
timebank-you-offer = You offer minutes to { $name }
timebank-you-ask = You ask { $name } for minutes
timebank-cancel = Cancel the proposal
timebank-join-title = Join the time bank
timebank-join-text = Members offer and ask for services and goods, and pay each other in minutes. Joining is free.
timebank-rules-title = The rules
timebank-rule-welcome = { $count ->
    [one] You receive { $count } minute from the commune as a welcome.
   *[other] You receive { $count } minutes from the commune as a welcome.
}
timebank-rule-credit-limit = { $count ->
    [one] You may spend up to { $count } minute more than you received.
   *[other] You may spend up to { $count } minutes more than you received.
}
timebank-rule-upper-limit = { $count ->
    [one] You may hold at most { $count } minute.
   *[other] You may hold at most { $count } minutes.
}
timebank-rule-proposals = { $count ->
    [one] A proposal waits { $count } hour for the other member’s answer.
   *[other] A proposal waits { $count } hours for the other member’s answer.
}
timebank-rule-corrections = Minutes move only when both members agree. A mistake is corrected by the commune with a new entry, never by changing the old one.
timebank-accept = I accept the rules of the time bank
timebank-join = Join
timebank-error-accept = Tick the box to accept the rules.
timebank-joined = Welcome to the time bank.
timebank-proposed = Your proposal was sent. The minutes move when the other member confirms it.
timebank-confirmed = Confirmed: the minutes moved.
timebank-declined = Declined: no minutes moved.
timebank-cancelled = The proposal is cancelled.
timebank-given = Your minutes were given.
timebank-back = Back to the time bank
timebank-exchange-intro = Say with whom you exchanged and how many minutes it took. The other member confirms, then the minutes move.
timebank-field-with = With whom
timebank-choose-member = Choose a member
timebank-field-direction = Who gave the service
timebank-direction-ask = I gave the service and ask to be paid
timebank-direction-pay = I received the service and pay
timebank-amount-hint = Whole minutes, for example 90 for an hour and a half.
timebank-memo-hint = A few words, for example “Ironing, two shirts”.
timebank-choose-category = Choose a category
timebank-exchange-send = Send the proposal
timebank-gift-intro = Give some of your minutes to another member, for example to someone who needs help and has few minutes.
timebank-your-balance = { $count ->
    [one] Your balance is { $count } minute.
   *[other] Your balance is { $count } minutes.
}
timebank-field-to = To whom
timebank-field-gift-memo = A word for them
timebank-gift-send = Give
timebank-statement-csv = Download the statement (CSV)
timebank-statement-empty = Nothing yet.
timebank-csv-date = Date
timebank-csv-kind = Kind
timebank-csv-with = With
timebank-csv-memo = Description
timebank-csv-category = Category
timebank-csv-minutes = Minutes
timebank-csv-balance = Balance
timebank-csv-number = Number
timebank-csv-from = From
timebank-csv-to = To
timebank-csv-reverses = Corrects entry
timebank-kind-exchange = Exchange
timebank-kind-counter = Exchange recorded at the counter
timebank-kind-gift = Gift
timebank-kind-welcome = Welcome credit
timebank-kind-reversal = Correction
timebank-category-company = Company and visits
timebank-category-shopping = Shopping and errands
timebank-category-transport = Lifts and transport
timebank-category-household = Household
timebank-category-repairs = Repairs and DIY
timebank-category-garden = Garden
timebank-category-cooking = Cooking
timebank-category-children = Children
timebank-category-animals = Animals
timebank-category-paperwork = Paperwork
timebank-category-digital = Computers and phones
timebank-category-languages = Languages
timebank-category-lessons = Lessons and tutoring
timebank-category-health = Health and well-being
timebank-category-goods = Goods lent or given
timebank-category-other = Other
timebank-desk-title = Time bank coordination
timebank-desk-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
timebank-counter-title = Record an exchange at the counter
timebank-ledger-title = The ledger
timebank-ledger-csv = Download the ledger (CSV)
timebank-audit-title = Check of the ledger
timebank-audit-sound-tag = Sound
timebank-audit-sound = Every balance equals the sum of its entries, and all balances together make zero.
timebank-audit-unsound-tag = Not sound
timebank-audit-unsound = { $count ->
    [one] The ledger does not balance: the balances add up to { $count } minute instead of zero. Tell the platform’s operators.
   *[other] The ledger does not balance: the balances add up to { $count } minutes instead of zero. Tell the platform’s operators.
}
timebank-activity-title = Activity over the last twelve months
timebank-chart-exchanges = Exchanges per month
timebank-chart-exchanges-heading = Exchanges
timebank-chart-hours = Hours exchanged per month
timebank-chart-hours-heading = Hours
timebank-chart-members = Active members per month
timebank-chart-members-heading = Members
timebank-chart-month = Month
timebank-chart-categories = Most exchanged categories
timebank-field-credit-limit = Credit limit (minutes below zero)
timebank-credit-limit-field-hint = How far below zero a member may go, from 0 to 6,000 minutes.
timebank-field-upper-limit = Upper limit (minutes)
timebank-upper-limit-field-hint = Leave it empty for no upper limit.
timebank-field-welcome = Welcome credit (minutes)
timebank-field-proposal-hours = How long a proposal waits (hours)
timebank-rules-save = Save the rules
timebank-rules-saved = The rules are saved. They apply from now on.
timebank-counter-recorded = The exchange is recorded.
timebank-reversed = The entry is corrected.
timebank-desk-back = Back to the coordination
timebank-counter-intro = For members who are not online: record an exchange they report at the counter. It is marked as recorded by you.
timebank-field-payee = Who gave the service (is paid)
timebank-field-payer = Who received it (pays)
timebank-counter-send = Record the exchange
timebank-ledger-intro = Every entry, in order. A mistake is corrected with a reversing entry and its reason; entries are never changed.
timebank-ledger-empty = No entry yet.
timebank-transfer-number = Entry { $number }
timebank-field-reason = Reason for the correction
timebank-reverse = Reverse this entry
timebank-reversed-tag = Corrected
timebank-the-commune = The commune
timebank-former-member = A former member

# Offers and requests.
timebank-listings-title = Offers and requests
timebank-listings-see = See what members offer and ask for
timebank-listings-intro = Services and goods that members of the whole commune offer or ask for, with an idea of their value in minutes.
timebank-listing-new-title = Publish an offer or a request
timebank-listings-search = Search by words
timebank-listings-show = Show
timebank-listings-all = Offers and requests
timebank-listings-offers = Offers only
timebank-listings-requests = Requests only
timebank-listings-search-button = Search
timebank-listings-none = Nothing found.
timebank-listing-offer = Offer
timebank-listing-request = Request
timebank-listing-close = Close (done or no longer wanted)
timebank-listing-propose = Record an exchange with { $name }
timebank-listings-back = Back to the offers and requests
timebank-listing-field-kind = Is it an offer or a request?
timebank-listing-field-title = Title
timebank-listing-field-text = Description
timebank-listing-text-hint = What, when, where: enough for a neighbour to know whether they can help.
timebank-listing-field-minutes = Value in minutes (optional)
timebank-listing-minutes-hint = An idea only: the members agree on the minutes when they record the exchange.
timebank-listing-publish = Publish
timebank-listing-published = Your offer or request is published.
timebank-listing-closed = It is closed and no longer shown.
timebank-error-listing-kind = Choose an offer or a request.
timebank-error-title-empty = Give it a title.
timebank-error-title-long = A title can have at most 120 characters.
timebank-error-text-empty = Describe what you offer or ask for.
timebank-error-text-long = A description can have at most 2,000 characters.

# Choosing a member in a large time bank
timebank-member-name-hint = Type their name, or part of it.
timebank-member-matches = Members with that name: choose one
timebank-error-member-choose = Several members have that name: choose one below.
timebank-error-member-more = Many members have that name: choose one below, or type more of the name.
timebank-error-member-named = No member has that name. Check the spelling, or type part of the name.
