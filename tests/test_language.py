"""The language of an article that does not say (issue 16: plain text was always read as
English, and an Arabic page without `lang` was set left to right)."""

from __future__ import annotations

import pytest

from briefing.readers.language import guess_language

TEXTS = {
    "en": "The council said on Tuesday that the harbour works had been delayed by the storms, and that "
          "the costs of the project were now expected to rise. The mayor, who has backed the plan from the "
          "start, said the city would not abandon it, and that the first ships would dock there next year.",
    "fr": "Le conseil a annoncé mardi que les travaux du port avaient été retardés par les tempêtes et que "
          "les coûts du projet devraient augmenter. Le maire, qui soutient le projet depuis le début, a dit "
          "que la ville ne l'abandonnerait pas et que les premiers navires y accosteraient l'an prochain.",
    "de": "Der Rat teilte am Dienstag mit, dass die Arbeiten am Hafen durch die Stürme verzögert worden "
          "seien und die Kosten des Projekts nun steigen dürften. Der Bürgermeister, der den Plan von "
          "Anfang an unterstützt, sagte, die Stadt werde ihn nicht aufgeben, und die ersten Schiffe würden "
          "im nächsten Jahr dort anlegen.",
    "es": "El consejo dijo el martes que las obras del puerto se habían retrasado por las tormentas y que "
          "los costes del proyecto subirían. El alcalde, que apoya el plan desde el principio, dijo que la "
          "ciudad no lo abandonaría y que los primeros barcos atracarían allí el año que viene, pero sin fecha.",
    "it": "Il consiglio ha detto martedì che i lavori del porto sono stati ritardati dalle tempeste e che i "
          "costi del progetto sono destinati a salire. Il sindaco, che sostiene il piano fin dall'inizio, ha "
          "detto che la città non lo abbandonerà e che le prime navi attraccheranno nel porto l'anno prossimo.",
    "pt": "O conselho disse na terça-feira que as obras do porto foram atrasadas pelas tempestades e que os "
          "custos do projeto devem subir. O prefeito, que apoia o plano desde o início, disse que a cidade "
          "não vai abandoná-lo e que os primeiros navios vão atracar lá no próximo ano, com mais obras.",
    "sv": "Rådet sade på tisdagen att arbetet i hamnen hade försenats av stormarna och att kostnaderna för "
          "projektet nu väntas stiga. Borgmästaren, som har stött planen från början, sade att staden inte "
          "kommer att överge den och att de första fartygen ska lägga till där nästa år, när kajen är klar.",
    "pl": "Rada poinformowała we wtorek, że prace w porcie zostały opóźnione przez sztormy i że koszty projektu "
          "mają teraz wzrosnąć. Burmistrz, który od początku popiera plan, powiedział, że miasto nie zrezygnuje "
          "z niego, a pierwsze statki przybiją tam w przyszłym roku, jak tylko nabrzeże będzie gotowe.",
    "cs": "Rada v úterý oznámila, že práce v přístavu zdržely bouře a že náklady projektu nyní porostou. "
          "Starosta, který plán od začátku podporuje, řekl, že se ho město nevzdá a že první lodě tam "
          "přistanou příští rok, jakmile bude nábřeží hotové, které je jeho hlavním cílem.",
    "ro": "Consiliul a declarat marți că lucrările din port au fost întârziate de furtuni și că este de "
          "așteptat ca și costurile proiectului să crească. Primarul, care susține planul de la început, a "
          "spus că orașul nu va renunța la el și că primele nave vor acosta acolo anul viitor, pentru că "
          "cheiul este aproape gata.",
    "tr": "Konsey salı günü yaptığı açıklamada limandaki çalışmaların fırtınalar nedeniyle geciktiğini ve "
          "projenin maliyetinin artmasının beklendiğini söyledi. Planı başından beri destekleyen belediye "
          "başkanı, şehrin bu plandan vazgeçmeyeceğini ve ilk gemilerin gelecek yıl rıhtım hazır olur olmaz "
          "limana yanaşacağını söyledi; bu çok önemli bir adım olarak görülüyor.",
    "id": "Dewan mengatakan pada hari Selasa bahwa pekerjaan di pelabuhan tertunda karena badai dan bahwa "
          "biaya proyek ini diperkirakan akan naik. Wali kota, yang mendukung rencana itu sejak awal, "
          "mengatakan bahwa kota tidak akan meninggalkannya dan kapal pertama akan berlabuh di sana tahun "
          "depan, setelah dermaga yang baru selesai dibangun oleh kontraktor.",
    "ru": "Совет заявил во вторник, что работы в порту задержались из-за штормов и что стоимость проекта "
          "теперь вырастет. Мэр, который поддерживает план с самого начала, сказал, что город не откажется "
          "от него и что первые суда причалят там в следующем году.",
    "ar": "قال المجلس يوم الثلاثاء إن أعمال الميناء تأخرت بسبب العواصف وإن تكاليف المشروع ستزداد. وقال "
          "رئيس البلدية، الذي يدعم الخطة منذ البداية، إن المدينة لن تتخلى عنها وإن أولى السفن سترسو هناك العام المقبل.",
    "he": "המועצה אמרה ביום שלישי כי העבודות בנמל התעכבו בגלל הסערות וכי עלויות הפרויקט צפויות לעלות. "
          "ראש העיר, שתומך בתוכנית מההתחלה, אמר כי העיר לא תוותר עליה.",
    "hi": "परिषद ने मंगलवार को कहा कि तूफानों के कारण बंदरगाह का काम टल गया है और परियोजना की लागत अब बढ़ने "
          "की उम्मीद है। महापौर ने कहा कि शहर इस योजना को नहीं छोड़ेगा।",
    "mr": "परिषदेने मंगळवारी सांगितले की वादळांमुळे बंदराचे काम लांबले आहे आणि प्रकल्पाचा खर्च आता वाढणार "
          "आहे. महापौर म्हणाले की शहर ही योजना सोडणार नाही.",
    "bn": "পরিষদ মঙ্গলবার জানিয়েছে যে ঝড়ের কারণে বন্দরের কাজ পিছিয়ে গেছে এবং প্রকল্পের খরচ এখন বাড়বে। "
          "মেয়র বলেছেন, শহর এই পরিকল্পনা ছাড়বে না।",
    "ka": "საბჭომ სამშაბათს განაცხადა, რომ ნავსადგურის სამუშაოები ქარიშხლების გამო შეფერხდა. "
          "მერმა თქვა, რომ ქალაქი გეგმაზე უარს არ იტყვის.",
    "ko": "위원회는 화요일 항구 공사가 폭풍으로 지연되었으며 사업 비용이 오를 것이라고 밝혔다. "
          "시장은 도시가 계획을 포기하지 않을 것이라고 말했다.",
    "ja": "評議会は火曜日、港の工事が嵐のために遅れており、事業費が上がる見込みだと発表した。"
          "市長は計画を断念しないと述べた。",
    "zh": "委员会周二表示，港口工程因风暴而推迟，项目成本预计将上升。"
          "市长表示，城市不会放弃这一计划，第一批船只明年将在那里停靠。",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_language_of_an_article_is_read_from_its_text(language):
    assert guess_language(TEXTS[language]) == language


def test_spanish_full_of_de_en_and_la_is_not_dutch_or_french():
    """A Spanish history page was read as English: its many "de", "en" and "la" counted
    for Dutch and French, so Spanish did not lead by the margin."""
    text = ("Existe cierto consenso en situar el inicio de la transición en la muerte del general Franco, "
            "el 20 de noviembre de 1975, tras la cual el denominado Consejo de Regencia asumió de forma "
            "transitoria las funciones de la jefatura del Estado hasta el 22 de noviembre, fecha en la que "
            "fue proclamado rey ante las Cortes y el Consejo del Reino Juan Carlos de Borbón, que había sido "
            "designado seis años antes por Franco como su sucesor a título de rey en la ley de sucesión.")
    assert guess_language(text) == "es"


def test_no_guess_from_too_few_words_or_from_a_mixture():
    assert guess_language("The harbour works.") is None
    mixed = " ".join(a + " " + b for a, b in zip(TEXTS["en"].split(), TEXTS["de"].split()))
    assert guess_language(mixed) is None


def test_a_plain_text_article_in_french_gets_french_labels(tmp_path):
    import io

    from click.testing import CliRunner
    from pypdf import PdfReader

    from briefing.cli import cli

    article = tmp_path / "port.txt"
    article.write_text("Les travaux du port de Marseille\n\n" + "\n\n".join([TEXTS["fr"]] * 4) + "\n", encoding="utf-8")
    out = tmp_path / "port.pdf"
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(out), "--theme", "policy"])
    assert result.exit_code == 0, result.output
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "MESSAGES CLÉS" in text and "Page 1 sur" in text


def test_a_short_japanese_text_mostly_of_kanji_is_japanese_not_chinese():
    """ScanNetSecurity's story is one sentence, 14 kana among 40 kanji: it was read as Chinese
    and printed with Chinese labels ("政策简报", "第 1 页，共 1 页") in a Chinese font."""
    text = "阪南大学は3月4日、同学の専任教員が学生情報等を保存したUSBメモリを紛失したことが判明したと発表した。"
    assert guess_language(text) == "ja"
    assert guess_language("阪南大学在3月4日宣布，该校一名专职教员丢失了保存学生信息的U盘。") == "zh"


def test_an_english_lesson_quoting_japanese_is_english():
    """GaijinPot's blog teaches Japanese in English: its 400 kana and kanji among 700 English words
    made it "ja", and the whole briefing was printed with Japanese labels and dates."""
    lesson = ("When you want to say that something happened right in front of you, the expression to use is "
              "目の前で (me no mae de), and you will hear it a lot on the train. ")
    assert guess_language(lesson * 12) == "en"
    assert guess_language("目の前で電車が止まったので、駅員さんに声をかけました。" * 6) == "ja"


def test_a_page_that_declares_a_language_of_the_guessed_script_keeps_it(tmp_path):
    """Actualno.com, lang="bg", was printed with Russian labels and dates: Cyrillic reads as Russian to the
    guess, which cannot tell Bulgarian from it; a page in Russian that declares English is still Russian."""
    from briefing.readers import read

    story = "".join("<p>Община Хасково осигури компютри и таблети на деца в социални общежития, съобщиха от "
                    f"общината в четвъртък, като това е {n} част от програмата.</p>" for n in range(6))
    page = tmp_path / "bg.html"
    page.write_text(f'<html lang="bg"><head><meta charset="utf-8"><title>Хасково</title></head><body><article>'
                    f"<h1>Община Хасково осигури компютри</h1>{story}</article></body></html>", encoding="utf-8")
    assert read(page).metadata.language == "bg"
    page.write_text(page.read_text(encoding="utf-8").replace('lang="bg"', 'lang="en"'), encoding="utf-8")
    assert read(page).metadata.language == "ru"


def test_a_romanian_page_declared_english_is_romanian_and_a_bosnian_one_stays_bosnian(tmp_path):
    """A Romanian page that its CMS declares lang="en" was printed with English labels: the text now
    tells Romanian; a Bosnian page, whose "je" and "s" Czech shares, keeps its own declaration."""
    from briefing.readers import read

    story = "".join(f"<p>{TEXTS['ro']} Acesta este paragraful {n}.</p>" for n in range(3))
    page = tmp_path / "ro.html"
    page.write_text(f'<html lang="en"><head><meta charset="utf-8"><title>Portul</title></head><body><article>'
                    f"<h1>Lucrările din port au fost întârziate</h1>{story}</article></body></html>", encoding="utf-8")
    assert read(page).metadata.language == "ro"
    from briefing.readers.language import settled_language

    # Bosnian, Croatian, Slovak read as Czech to the guess (a Bosnian page, 2,000 words, did)
    assert [settled_language("cs", kin) for kin in ("bs", "hr", "sk")] == ["bs", "hr", "sk"]
    assert settled_language("cs", "en") == "cs" and settled_language("id", "ms") == "ms"

