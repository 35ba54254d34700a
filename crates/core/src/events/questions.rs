//! The live Q&A of a stand: participants ask, upvote others' questions, and the stand's
//! staff (or the event's organisers) answer. Who may ask at all is
//! [`lounge::may_post`](super::lounge::may_post) with [`Room::Stand`](super::Room);
//! who may hide a question is [`moderation`](super::moderation).

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::{check_live_text, EventRoles, LiveTextProblem};

/// The longest question, in characters: a question, not a letter (a tweet's length).
pub const QUESTION_MAX: usize = 280;
/// The longest answer, in characters: room to explain a procedure step by step.
pub const ANSWER_MAX: usize = 2_000;

/// Checks a question's text ([`check_live_text`] within [`QUESTION_MAX`]).
pub fn check_question(text: &str) -> Result<String, Vec<LiveTextProblem>> {
    check_live_text(text, QUESTION_MAX)
}

/// Checks an answer's text ([`check_live_text`] within [`ANSWER_MAX`]).
pub fn check_answer(text: &str) -> Result<String, Vec<LiveTextProblem>> {
    check_live_text(text, ANSWER_MAX)
}

/// A question as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub stand: i64,
    pub author: i64,
    pub asked_at: i64,
    pub upvotes: u32,
    pub answered: bool,
    /// Hidden by a moderator: shown to nobody, voted on by nobody, answered by nobody.
    pub hidden: bool,
}

/// Why an upvote is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum UpvoteRefusal {
    #[error("one does not upvote one's own question")]
    OwnQuestion,
    #[error("already upvoted")]
    AlreadyUpvoted,
    #[error("the question is hidden")]
    Hidden,
}

/// Whether `voter` may upvote `question`, given whether they `already_upvoted` it: one
/// upvote per person per question, never one's own, never a hidden one. (Storage
/// closes the race with a unique key on (question, voter).)
pub fn may_upvote(
    voter: i64,
    question: &Question,
    already_upvoted: bool,
) -> Result<(), UpvoteRefusal> {
    if question.hidden {
        Err(UpvoteRefusal::Hidden)
    } else if question.author == voter {
        Err(UpvoteRefusal::OwnQuestion)
    } else if already_upvoted {
        Err(UpvoteRefusal::AlreadyUpvoted)
    } else {
        Ok(())
    }
}

/// Whether someone with `roles` may answer `question`: the staff of its stand and the
/// event's organisers, and only while it is shown (not hidden).
pub fn may_answer(roles: &EventRoles, question: &Question) -> bool {
    !question.hidden && (roles.organiser || roles.staffs(question.stand))
}

/// The order questions are shown in: unanswered before answered (what still waits is
/// what staff and participants look at), then more upvotes first (what the most people
/// want to know), then the older first (it has waited longer), then by id, so that the
/// order is total and the same on every instance. Storage sorts the same way:
/// `ORDER BY answered, upvotes DESC, asked_at, id`.
pub fn question_order(a: &Question, b: &Question) -> Ordering {
    a.answered
        .cmp(&b.answered)
        .then(b.upvotes.cmp(&a.upvotes))
        .then(a.asked_at.cmp(&b.asked_at))
        .then(a.id.cmp(&b.id))
}

/// The questions shown on a stand's page: the hidden ones left out, the rest in
/// [`question_order`].
pub fn questions_shown(questions: &[Question]) -> Vec<Question> {
    let mut shown: Vec<Question> = questions.iter().copied().filter(|q| !q.hidden).collect();
    shown.sort_by(question_order);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn question(id: i64, upvotes: u32, asked_at: i64, answered: bool) -> Question {
        Question {
            id,
            stand: 1,
            author: 100 + id,
            asked_at,
            upvotes,
            answered,
            hidden: false,
        }
    }

    #[test]
    fn question_texts_are_bounded() {
        assert_eq!(
            check_question(" Wou ass d'Gemeng? "),
            Ok("Wou ass d'Gemeng?".into())
        );
        assert!(check_question(&"é".repeat(QUESTION_MAX)).is_ok());
        assert_eq!(
            check_question(&"é".repeat(QUESTION_MAX + 1)),
            Err(vec![LiveTextProblem::TooLong { max: QUESTION_MAX }])
        );
        assert_eq!(check_question(" \n "), Err(vec![LiveTextProblem::Empty]));
        assert!(check_answer(&"é".repeat(ANSWER_MAX)).is_ok());
        assert_eq!(
            check_answer(&"é".repeat(ANSWER_MAX + 1)),
            Err(vec![LiveTextProblem::TooLong { max: ANSWER_MAX }])
        );
    }

    #[test]
    fn one_upvote_per_person_never_ones_own_never_a_hidden_question() {
        let q = question(1, 0, 0, false);
        assert_eq!(may_upvote(7, &q, false), Ok(()));
        assert_eq!(may_upvote(7, &q, true), Err(UpvoteRefusal::AlreadyUpvoted));
        assert_eq!(
            may_upvote(q.author, &q, false),
            Err(UpvoteRefusal::OwnQuestion)
        );
        let hidden = Question { hidden: true, ..q };
        assert_eq!(may_upvote(7, &hidden, false), Err(UpvoteRefusal::Hidden));
    }

    #[test]
    fn staff_of_the_stand_and_organisers_answer() {
        let q = question(1, 0, 0, false);
        let organiser = EventRoles {
            organiser: true,
            staff_of: vec![],
        };
        let staff_here = EventRoles {
            organiser: false,
            staff_of: vec![9, 1],
        };
        let staff_elsewhere = EventRoles {
            organiser: false,
            staff_of: vec![2],
        };
        assert!(may_answer(&organiser, &q));
        assert!(may_answer(&staff_here, &q));
        assert!(!may_answer(&staff_elsewhere, &q));
        assert!(!may_answer(&EventRoles::default(), &q));
        let hidden = Question { hidden: true, ..q };
        assert!(!may_answer(&organiser, &hidden));
        assert!(!may_answer(&staff_here, &hidden));
    }

    #[test]
    fn unanswered_first_then_votes_then_oldest() {
        let questions = [
            question(1, 9, 10, true),
            question(2, 1, 30, false),
            question(3, 5, 40, false),
            question(4, 5, 20, false),
            Question {
                hidden: true,
                ..question(5, 99, 0, false)
            },
            question(6, 5, 20, false),
            question(7, 0, 0, true),
        ];
        let ids: Vec<i64> = questions_shown(&questions).iter().map(|q| q.id).collect();
        assert_eq!(ids, vec![4, 6, 3, 2, 1, 7]);
    }

    fn any_question() -> impl Strategy<Value = Question> {
        (0i64..6, 0u32..4, 0i64..4, any::<bool>(), any::<bool>()).prop_map(
            |(id, upvotes, asked_at, answered, hidden)| Question {
                id,
                stand: 1,
                author: id,
                asked_at,
                upvotes,
                answered,
                hidden,
            },
        )
    }

    proptest! {
        #[test]
        fn the_order_is_total_and_follows_votes(
            a in any_question(), b in any_question(), c in any_question()
        ) {
            // Antisymmetric, and equal only for the same question.
            prop_assert_eq!(question_order(&a, &b), question_order(&b, &a).reverse());
            prop_assert_eq!(
                question_order(&a, &b) == Ordering::Equal,
                (a.answered, a.upvotes, a.asked_at, a.id) == (b.answered, b.upvotes, b.asked_at, b.id)
            );
            // Transitive.
            if question_order(&a, &b) != Ordering::Greater && question_order(&b, &c) != Ordering::Greater {
                prop_assert_ne!(question_order(&a, &c), Ordering::Greater);
            }
            // Among questions equally answered, more votes come first.
            if a.answered == b.answered && a.upvotes > b.upvotes {
                prop_assert_eq!(question_order(&a, &b), Ordering::Less);
            }
            if !a.answered && b.answered {
                prop_assert_eq!(question_order(&a, &b), Ordering::Less);
            }
        }

        #[test]
        fn shown_questions_are_the_visible_ones_sorted(
            questions in proptest::collection::vec(any_question(), 0..12)
        ) {
            let shown = questions_shown(&questions);
            prop_assert!(shown.iter().all(|q| !q.hidden));
            prop_assert_eq!(shown.len(), questions.iter().filter(|q| !q.hidden).count());
            prop_assert!(shown.windows(2).all(|w| question_order(&w[0], &w[1]) != Ordering::Greater));
        }
    }
}
