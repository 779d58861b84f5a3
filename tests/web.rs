//! The store against the browser's real localStorage, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use tend::store::browser::{self, WriteError};
use tend::store::layout;
use tend::store::load::load;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    s.clear().unwrap();
}

#[wasm_bindgen_test]
fn writes_are_read_back_and_only_tend_keys_are_ours() {
    clear();
    browser::set("tend:people", "[]").unwrap();
    browser::set("someone-else", "x").unwrap();
    let origin = browser::read_origin();
    assert_eq!(origin.ours.keys().collect::<Vec<_>>(), ["tend:people"]);
    // Other sites' keys share the quota, so they are counted, not read.
    assert_eq!(origin.others_units, "someone-else".len() + 1);
    assert_eq!(browser::get("tend:people").as_deref(), Some("[]"));
    // Each of ours is sized as the quota counts it, key and value in UTF-16
    // units: a packed month, and text beyond the BMP (two units a char).
    let packed = tend::store::packed::pack("[{\"text\":\"Zoë 🌿 by the lake\"}]");
    browser::set("tend:journal:2025-01", &packed).unwrap();
    browser::set("tend:prompts", "[\"🌿 what grew?\"]").unwrap();
    let origin = browser::read_origin();
    for (k, v) in &origin.ours {
        assert_eq!(
            origin.ours_units[k],
            layout::code_units(k) + layout::code_units(v),
            "{k}"
        );
    }
    assert_eq!(origin.ours_units["tend:prompts"], "tend:prompts".len() + 17);
    browser::remove("tend:people");
    assert_eq!(browser::get("tend:people"), None);
    clear();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such() {
    clear();
    // Fill storage in 512 KiB chunks until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    let err = loop {
        match browser::set(&format!("filler:{i}"), &chunk) {
            Ok(()) => i += 1,
            Err(e) => break e,
        }
        assert!(i < 100, "storage never filled up");
    };
    assert_eq!(err, WriteError::Quota);
    // The whole quota is in code units; we were near it when refused.
    let used = browser::used_code_units();
    assert!(
        used > tend::store::QUOTA_CODE_UNITS - 600 * 1024,
        "used {used}"
    );
    assert!(used <= tend::store::QUOTA_CODE_UNITS);
    clear();
}

#[wasm_bindgen_test]
fn what_is_written_loads_back_and_a_corrupt_key_is_set_aside() {
    clear();
    let mut data = tend::model::Data::default();
    data.people.push(tend::model::Person::new(
        tend::model::Stamp::new("p1".into(), chrono::Utc::now()),
        "Ada".into(),
    ));
    // A month that is over, so it is stored packed: real localStorage must
    // keep every one of its code units exactly.
    data.journal.push(tend::model::JournalEntry::new(
        tend::model::Stamp::new("j1".into(), chrono::Utc::now()),
        chrono::NaiveDate::from_ymd_opt(2025, 5, 4).unwrap(),
        "Walked with Zoë 🌿 and 李华; called Dad. ".repeat(20),
    ));
    let now = layout::Month {
        year: 2026,
        month: 11,
    };
    let written = layout::encode_stored(&data, now);
    assert!(tend::store::packed::is_packed(
        &written["tend:journal:2025-05"]
    ));
    for (k, v) in &written {
        browser::set(k, v).unwrap();
        assert_eq!(browser::get(k).as_ref(), Some(v), "{k} kept exactly");
    }
    browser::set("tend:journal:2026-01", "{broken").unwrap();
    let loaded = load(&browser::read_origin().ours, now).unwrap();
    assert_eq!(loaded.data.people, data.people);
    assert_eq!(loaded.data.journal, data.journal);
    assert!(loaded.sets.is_empty(), "everything is in its form already");
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].raw, "{broken");
    clear();
}

/// Waits `ms` milliseconds of real time.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_confirmations_fade_timer_never_removes_a_later_notice() {
    use leptos::prelude::{Owner, WithUntracked};
    use tend::state::{AppState, NoticeKind};
    clear();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let state = AppState::init();
    // A confirmation fades by itself after a while; dismissed early, its
    // number must not pass to the next notice, or its timer would take
    // that one away.
    let saved = state.notify(NoticeKind::Info, "Saved.", None);
    state.dismiss(saved);
    let error = state.notify(NoticeKind::Error, "Your storage is full.", None);
    assert_ne!(saved, error);
    sleep(8_500).await;
    let left: Vec<String> = state
        .notices
        .with_untracked(|n| n.iter().map(|n| n.text.clone()).collect());
    assert_eq!(left, ["Your storage is full."]);
    clear();
}

#[wasm_bindgen_test]
fn contacts_in_every_common_phone_charset_keep_their_names() {
    use tend::formats::vcard::read_with;
    use tend::state::files::decode_charset;
    let cases: [(&[u8], &str, &str); 6] = [
        (
            include_bytes!("fixtures/vcards/charset-shift-jis.vcf"),
            "山田 太郎",
            "SHIFT_JIS",
        ),
        (
            include_bytes!("fixtures/vcards/charset-gb18030.vcf"),
            "张伟",
            "GB18030",
        ),
        (
            include_bytes!("fixtures/vcards/charset-big5.vcf"),
            "陳大文",
            "BIG5",
        ),
        (
            include_bytes!("fixtures/vcards/charset-euc-kr.vcf"),
            "김민준",
            "EUC-KR",
        ),
        (
            include_bytes!("fixtures/vcards/charset-windows-1251.vcf"),
            "Иван Петров",
            "WINDOWS-1251",
        ),
        (
            include_bytes!("fixtures/vcards/charset-windows-1250.vcf"),
            "Łukasz Żółć",
            "WINDOWS-1250",
        ),
    ];
    for (bytes, name, charset) in cases {
        let import = read_with(bytes, &decode_charset).unwrap();
        assert_eq!(import.contacts.len(), 1, "{charset}");
        assert_eq!(import.contacts[0].name, name, "{charset}");
        assert!(
            import.warnings.is_empty(),
            "{charset}: {:?}",
            import.warnings
        );
    }
    // A name the browser does not know is no decoder at all.
    assert_eq!(decode_charset("NO-SUCH-CHARSET", b"abc"), None);
}

#[wasm_bindgen_test]
fn a_crash_is_announced_to_the_page_for_the_crash_screen() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let heard = Rc::new(Cell::new(false));
    let h = heard.clone();
    let listener = Closure::<dyn Fn()>::new(move || h.set(true));
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("tend:crashed", listener.as_ref().unchecked_ref())
        .unwrap();
    tend::ui::app::report_crash();
    assert!(heard.get());
    window
        .remove_event_listener_with_callback("tend:crashed", listener.as_ref().unchecked_ref())
        .unwrap();
}

#[wasm_bindgen_test]
async fn an_encrypted_backup_opens_with_its_passphrase_only() {
    use tend::formats::sealed::{self, SealedError};
    use tend::state::crypto;
    let backup = r#"{"format":"tend-backup","version":2,"data":{"people":[{"id":"p1","c":1,"u":1,"n":"Zoë Secret"}]}}"#;
    let file = crypto::seal_backup(backup, "correct horse battery")
        .await
        .unwrap();
    assert!(sealed::is_sealed(&file));
    assert!(
        !file.contains("Secret") && !file.contains("people"),
        "nothing readable"
    );
    // A fresh salt and IV each time: the same backup never gives the same file.
    let again = crypto::seal_backup(backup, "correct horse battery")
        .await
        .unwrap();
    assert_ne!(file, again);
    assert_eq!(
        crypto::open_backup(&file, "correct horse battery")
            .await
            .as_deref(),
        Ok(backup)
    );
    assert_eq!(
        crypto::open_backup(&file, "correct horse battery!").await,
        Err(SealedError::WrongPassphrase)
    );
    // One changed byte of the ciphertext is caught by AES-GCM's tag.
    let mut s = sealed::read(&file).unwrap();
    s.data[20] ^= 1;
    assert_eq!(
        crypto::open_backup(&sealed::write(&s), "correct horse battery").await,
        Err(SealedError::WrongPassphrase)
    );
    // The key never leaves the browser's crypto.
    let key = crypto::derive_key("correct horse battery", &[1; 16], 600_000)
        .await
        .unwrap();
    assert!(!key.extractable());
}

// ---- The one writer, with real localStorage and Web Crypto ----

mod writer {
    use super::{clear, sleep};
    use leptos::prelude::{GetUntracked, Owner, WithUntracked};
    use std::collections::BTreeMap;
    use tend::state::{actions, crypto, lock, persist, AppState};
    use tend::store::layout::META;
    use tend::store::queue::Sink;
    use wasm_bindgen_test::*;

    const PASS: &str = "walks by the river";

    thread_local! {
        /// The owner of the state the test before this one started.
        static LAST: std::cell::RefCell<Option<Owner>> = const { std::cell::RefCell::new(None) };
    }

    fn start() -> AppState {
        // The tests share one page: the last test's state is disposed first,
        // or its effects and debounced saves would write into this test's
        // storage (sealed with that test's key).
        if let Some(last) = LAST.with(|l| l.borrow_mut().take()) {
            last.cleanup();
        }
        clear();
        // Effects and tasks run on wasm-bindgen's executor, as when mounted.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        owner.set();
        // Kept until the next test starts: the state lives in it.
        LAST.with(|l| *l.borrow_mut() = Some(owner));
        AppState::init()
    }

    fn stored() -> BTreeMap<String, String> {
        tend::store::browser::read_origin().ours
    }

    /// Every stored value but the version record is sealed.
    fn all_sealed() -> bool {
        stored()
            .iter()
            .all(|(k, v)| k == META || v.starts_with("~gcm:"))
    }

    async fn opened(key: &web_sys::CryptoKey, name: &str) -> String {
        let raw = tend::store::browser::get(name).expect("stored");
        crypto::open_value(key, &raw).await.expect("opens")
    }

    /// Rewrites every value for `to` through the writer, and makes `edit`
    /// arrive while that is under way; waits until all is written.
    async fn reseal_while(
        state: AppState,
        to: Sink<web_sys::CryptoKey>,
        lock: Option<tend::store::sealed::Lock>,
        edit: &str,
    ) {
        let result = std::rc::Rc::new(std::cell::RefCell::new(None));
        let r = result.clone();
        state
            .writer
            .reseal(to, lock, move |done| *r.borrow_mut() = Some(done));
        actions::add_person(state, edit).unwrap();
        persist::flush(state);
        state.writer.settled().await;
        assert_eq!(result.borrow().clone(), Some(Ok(())));
    }

    #[wasm_bindgen_test]
    async fn setting_changing_and_removing_the_lock_while_edits_arrive_loses_none_and_stores_none_plain(
    ) {
        let state = start();
        actions::add_person(state, "Ada Lovelace").unwrap();
        persist::flush(state);
        state.writer.settled().await;

        // Set: the edit made meanwhile waits for the key.
        let (first, key) = crypto::new_lock(PASS, 15).await.unwrap();
        reseal_while(
            state,
            Sink::Sealed(key.clone()),
            Some(first),
            "Grace Hopper",
        )
        .await;
        assert!(all_sealed(), "{:?}", stored().keys());
        let people = opened(&key, "tend:people").await;
        assert!(people.contains("Ada Lovelace") && people.contains("Grace Hopper"));

        // Change: opened with the old key and sealed with the new in one
        // step; the edit made meanwhile is sealed with the new key.
        let (second, new_key) = crypto::new_lock("tea at four o'clock", 15).await.unwrap();
        reseal_while(
            state,
            Sink::Sealed(new_key.clone()),
            Some(second.clone()),
            "Linus",
        )
        .await;
        assert!(all_sealed());
        let people = opened(&new_key, "tend:people").await;
        for name in ["Ada Lovelace", "Grace Hopper", "Linus"] {
            assert!(people.contains(name), "{name} kept");
        }
        let raw = tend::store::browser::get("tend:people").unwrap();
        assert!(
            crypto::open_value(&key, &raw).await.is_err(),
            "no longer under the old key"
        );
        let meta = tend::store::browser::get(META).unwrap();
        assert!(meta.contains(&second.salt));

        // Remove: every value plain again, the edit made meanwhile too.
        reseal_while(state, Sink::Plain, None, "Margaret").await;
        let plain = stored();
        assert!(plain.values().all(|v| !v.starts_with("~gcm:")));
        for name in ["Ada Lovelace", "Grace Hopper", "Linus", "Margaret"] {
            assert!(plain["tend:people"].contains(name), "{name} kept");
        }
        assert!(!plain[META].contains("lock"));
        clear();
    }

    #[wasm_bindgen_test]
    async fn a_save_that_cannot_be_encrypted_is_retried_told_and_kept_for_the_next_save() {
        let state = start();
        // A key that may decrypt but not encrypt: every seal fails.
        let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
        let usages: wasm_bindgen::JsValue = js_sys::Array::of1(&"decrypt".into()).into();
        let raw = js_sys::Uint8Array::from(&[7u8; 32][..]);
        let bad: web_sys::CryptoKey = wasm_bindgen_futures::JsFuture::from(
            subtle
                .import_key_with_str("raw", &raw, "AES-GCM", false, &usages)
                .unwrap(),
        )
        .await
        .unwrap()
        .into();
        state.writer.use_key(bad);
        actions::add_person(state, "Ada Lovelace").unwrap();
        persist::flush(state);
        state.writer.settled().await;
        assert!(tend::store::browser::get("tend:people").is_none());
        let told = state
            .notices
            .with_untracked(|n| n.iter().any(|n| n.text.contains("could not encrypt")));
        assert!(told, "the person is told");
        // With a working key, the next save writes what was kept marked.
        let (_, good) = crypto::new_lock(PASS, 15).await.unwrap();
        state.writer.use_key(good.clone());
        actions::add_person(state, "Grace Hopper").unwrap();
        persist::flush(state);
        state.writer.settled().await;
        let people = opened(&good, "tend:people").await;
        assert!(people.contains("Ada Lovelace") && people.contains("Grace Hopper"));
        clear();
    }

    #[wasm_bindgen_test]
    async fn with_the_lock_set_a_replace_with_no_room_is_refused_before_anything_changes() {
        let state = start();
        actions::add_person(state, "Only in the old data").unwrap();
        persist::flush(state);
        lock::set(state, PASS, PASS, 15).await.unwrap();
        state.writer.settled().await;
        // Fill the rest of the origin's storage.
        let mut i = 0;
        for size in [256 * 1024, 16 * 1024, 1024, 64, 1] {
            let chunk = "x".repeat(size);
            while tend::store::browser::set(&format!("filler:{i}"), &chunk).is_ok() {
                i += 1;
            }
        }
        let before = stored();
        let mut incoming = tend::model::Data::default();
        incoming.people.push(tend::model::Person::new(
            tend::model::Stamp::new("n1".into(), chrono::Utc::now()),
            "From the backup".into(),
        ));
        let result = actions::replace_without_copy(state, incoming).await;
        assert!(result.is_err(), "refused");
        assert!(result
            .unwrap_err()
            .to_string()
            .contains("Nothing was replaced"));
        assert_eq!(stored(), before, "storage unchanged");
        let names: Vec<String> = state
            .people
            .get_untracked()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Only in the old data"], "memory unchanged");
        clear();
    }

    #[wasm_bindgen_test]
    async fn a_write_asked_for_before_the_key_goes_is_made_not_dropped() {
        let state = start();
        let (lock, key) = crypto::new_lock(PASS, 15).await.unwrap();
        state.writer.use_key(key);
        // Queued behind a job that needs the key …
        actions::add_person(state, "Ada Lovelace").unwrap();
        persist::flush(state);
        // … and the key goes (the lock is removed) before it is made.
        state.writer.reseal(Sink::Plain, None, |_| ());
        state.writer.settled().await;
        let _ = lock;
        let people = tend::store::browser::get("tend:people").expect("made");
        assert!(people.contains("Ada Lovelace"));
        sleep(0).await;
        clear();
    }
}

/// A screen's `after_navigation` runs two frames later, and only if the
/// screen is still there: left at once (Back straight after opening a
/// person), its parts are gone, and reading one would stop Tend.
#[wasm_bindgen_test]
async fn after_navigation_runs_for_a_screen_still_shown_and_never_for_one_left() {
    use leptos::html::H1;
    use leptos::prelude::{GetUntracked, NodeRef, Owner};
    use std::cell::Cell;
    use std::rc::Rc;
    use tend::ui::components::hash::after_navigation;
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let screen = |ran: Rc<Cell<bool>>| {
        let owner = Owner::new();
        owner.with(|| {
            let heading = NodeRef::<H1>::new();
            after_navigation(move || {
                ran.set(true);
                let _ = heading.get_untracked();
            });
        });
        owner
    };
    let (stayed, left) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
    let shown = screen(Rc::clone(&stayed));
    screen(Rc::clone(&left)).cleanup();
    sleep(200).await;
    assert!(stayed.get(), "the screen still shown moves focus as asked");
    assert!(!left.get(), "the screen already left is not touched");
    drop(shown);
}

/// Start-up leaves the journal's months before last month, and the
/// contact log's before each person's last contact, undecoded
/// (`state::persist::later`): they arrive in idle time, or at once when
/// something needs them, and a save into one of them never drops what it
/// held.
mod older_months {
    use super::{clear, sleep};
    use leptos::prelude::{Get, Owner, RwSignal, WithUntracked};
    use tend::model::people::Channel;
    use tend::model::{Data, Interaction, JournalEntry, Person, Record, Stamp};
    use tend::state::{clock, persist, AppState};
    use tend::store::browser;
    use tend::store::layout::{self, key_of, Collection, Month};
    use wasm_bindgen_test::*;

    /// Stores an entry today and one six months back, then starts Tend on
    /// them; the owner holds the state until the test cleans it up.
    fn start() -> (Owner, AppState, Month) {
        clear();
        let today = clock::today();
        let back = today - chrono::Months::new(6);
        let entry = |id: &str, day, text: &str| {
            JournalEntry::new(Stamp::new(id.into(), clock::now()), day, text.into())
        };
        let data = Data {
            journal: vec![
                entry("recent", today, "A walk today"),
                entry("old", back, "Half a year ago"),
            ],
            ..Data::default()
        };
        start_on(&data, back)
    }

    /// Stores `data` as Tend leaves it and starts Tend on it; `back` is
    /// the day of its older records.
    fn start_on(data: &Data, back: chrono::NaiveDate) -> (Owner, AppState, Month) {
        for (k, v) in layout::encode_stored(data, Month::of(clock::today())) {
            browser::set(&k, &v).unwrap();
        }
        // As Tend leaves it: with the version record, the journal's older
        // months are not even read at start (`browser::read_origin_but`).
        browser::set(layout::META, &layout::Meta::new().to_text().unwrap()).unwrap();
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        owner.set();
        (owner, AppState::init(), Month::of(back))
    }

    /// Stores a person with a contact today and one six months back (and a
    /// month between without any), then starts Tend on them.
    fn start_with_contacts() -> (Owner, AppState, Month) {
        clear();
        let today = clock::today();
        let back = today - chrono::Months::new(6);
        let contact = |id: &str, day| Interaction {
            stamp: Stamp::new(id.into(), clock::now()),
            person: "ana".into(),
            kind: Channel::Call,
            day,
            note: String::new(),
        };
        let data = Data {
            people: vec![Person::new(
                Stamp::new("ana".into(), clock::now()),
                "Ana".into(),
            )],
            interactions: vec![contact("older", back), contact("recent", today)],
            ..Data::default()
        };
        start_on(&data, back)
    }

    /// The ids of the records in `list`, in its order.
    fn ids<T: Record + Send + Sync + 'static>(list: RwSignal<Vec<T>>) -> Vec<String> {
        list.with_untracked(|l| l.iter().map(|r| r.stamp().id.clone()).collect())
    }

    #[wasm_bindgen_test]
    async fn contacts_before_the_last_one_arrive_in_idle_time() {
        let (owner, state, _) = start_with_contacts();
        assert_eq!(ids(state.interactions), ["recent"], "the older month waits");
        assert_eq!(
            state.latest.get().get("ana").copied(),
            Some(clock::today()),
            "the last contact is there at once"
        );
        assert!(
            state.journal_is_whole(),
            "no journal month waits: only contacts do"
        );
        sleep(3_500).await;
        assert_eq!(
            ids(state.interactions),
            ["older", "recent"],
            "in the order a whole load gives"
        );
        owner.cleanup();
        clear();
    }

    #[wasm_bindgen_test]
    async fn a_contact_dated_into_a_waiting_month_is_saved_beside_the_one_it_held() {
        let (owner, state, month) = start_with_contacts();
        let day = chrono::NaiveDate::from_ymd_opt(month.year, month.month, 1).unwrap();
        state.add(Interaction {
            stamp: Stamp::new("added".into(), clock::now()),
            person: "ana".into(),
            kind: Channel::Message,
            day,
            note: String::new(),
        });
        persist::flush(state);
        state.writer.settled().await;
        let key = key_of(Collection::Interactions, Some(month));
        let stored = layout::decode::<Interaction>(&browser::get(&key).unwrap()).unwrap();
        let mut saved: Vec<String> = stored.into_iter().map(|c| c.stamp.id).collect();
        saved.sort();
        assert_eq!(
            saved,
            ["added", "older"],
            "the month's contact is still there"
        );
        assert_eq!(state.snapshot().interactions.len(), 3);
        owner.cleanup();
        clear();
    }

    #[wasm_bindgen_test]
    async fn they_arrive_in_idle_time_after_start_oldest_first() {
        let (owner, state, _) = start();
        assert_eq!(ids(state.journal), ["recent"], "the older month waits");
        assert!(!state.journal_is_whole());
        // `requestIdleCallback` is asked to run within 3 s at most.
        sleep(3_500).await;
        assert_eq!(
            ids(state.journal),
            ["old", "recent"],
            "in the order a whole load gives"
        );
        assert!(state.journal_is_whole());
        owner.cleanup();
        clear();
    }

    #[wasm_bindgen_test]
    async fn a_backup_taken_at_once_holds_every_entry() {
        let (owner, state, _) = start();
        let mut all: Vec<String> = state
            .snapshot()
            .journal
            .into_iter()
            .map(|e| e.stamp.id)
            .collect();
        all.sort();
        assert_eq!(all, ["old", "recent"]);
        owner.cleanup();
        clear();
    }

    #[wasm_bindgen_test]
    async fn an_entry_dated_into_a_waiting_month_is_saved_beside_the_ones_it_held() {
        let (owner, state, month) = start();
        let day = chrono::NaiveDate::from_ymd_opt(month.year, month.month, 1).unwrap();
        state.add(JournalEntry::new(
            Stamp::new("added".into(), clock::now()),
            day,
            "Remembered later".into(),
        ));
        persist::flush(state);
        state.writer.settled().await;
        let key = key_of(Collection::Journal, Some(month));
        let stored = layout::decode::<JournalEntry>(&browser::get(&key).unwrap()).unwrap();
        let mut saved: Vec<String> = stored.into_iter().map(|e| e.stamp.id).collect();
        saved.sort();
        assert_eq!(saved, ["added", "old"], "the month's entry is still there");
        owner.cleanup();
        clear();
    }
}
