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
