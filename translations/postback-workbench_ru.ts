<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CurlCommandText</name>
    <message>
        <source>this is the Windows (cmd) form; copy the request as cURL (bash)</source>
        <translation>это вариант для Windows (cmd); скопируйте запрос как cURL (bash)</translation>
    </message>
    <message>
        <source>it does not start with curl</source>
        <translation>она не начинается с curl</translation>
    </message>
    <message>
        <source>it names more than one URL</source>
        <translation>в ней больше одного URL</translation>
    </message>
    <message>
        <source>the option %1 is not supported</source>
        <translation>параметр %1 не поддерживается</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>для %1 нужно значение</translation>
    </message>
    <message>
        <source>reading headers from a file (-H @file) is not supported</source>
        <translation>чтение заголовков из файла (-H @файл) не поддерживается</translation>
    </message>
    <message>
        <source>reading the body from a file (%1 @file) is not supported; use --data-raw or pbw&apos;s --data-file</source>
        <translation>чтение тела из файла (%1 @файл) не поддерживается; используйте --data-raw или --data-file в pbw</translation>
    </message>
    <message>
        <source>reading cookies from a file (-b file) is not supported</source>
        <translation>чтение cookie из файла (-b файл) не поддерживается</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds</source>
        <translation>для %1 нужно число секунд</translation>
    </message>
    <message>
        <source>multipart form bodies (-F) are not supported</source>
        <translation>тела multipart-форм (-F) не поддерживаются</translation>
    </message>
    <message>
        <source>it has no URL</source>
        <translation>в ней нет URL</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Sent: %1 %2</source>
        <translation>Отправлено: %1 %2</translation>
    </message>
    <message>
        <source>Sent differently from what you typed:</source>
        <translation>Отправлено не так, как введено:</translation>
    </message>
    <message>
        <source>Request line: %1 %2</source>
        <translation>Строка запроса: %1 %2</translation>
    </message>
    <message>
        <source>Request body (%1):</source>
        <translation>Тело запроса (%1):</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>, certificate for &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</source>
        <translation>, сертификат для «%1», выдан «%2», действует до %3</translation>
    </message>
    <message>
        <source>  ! The invalid certificate was accepted because you asked for it.</source>
        <translation>  ! Недействительный сертификат принят, потому что вы это разрешили.</translation>
    </message>
    <message>
        <source>Answer: %1 %2 %3</source>
        <translation>Ответ: %1 %2 %3</translation>
    </message>
    <message>
        <source>Time: %1 ms to the first byte, %2 ms in total</source>
        <translation>Время: %1 мс до первого байта, %2 мс всего</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Тело: пустое</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <source>Body (%1, binary; %2 captured):</source>
        <translation>Тело (%1, двоичное; сохранено %2):</translation>
    </message>
    <message>
        <source>Body (%1, text; %2 captured):</source>
        <translation>Тело (%1, текст; сохранено %2):</translation>
    </message>
    <message>
        <source>  The body was cut at the capture limit.</source>
        <translation>  Тело обрезано по лимиту сохранения.</translation>
    </message>
    <message>
        <source>No complete answer: %1</source>
        <translation>Нет полного ответа: %1</translation>
    </message>
    <message>
        <source>  (system message: %1)</source>
        <translation>  (сообщение системы: %1)</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Время: %1 мс</translation>
    </message>
    <message numerus="yes">
        <source>  … (%n more characters)</source>
        <translation>
            <numerusform>  … (ещё %n символ)</numerusform>
            <numerusform>  … (ещё %n символа)</numerusform>
            <numerusform>  … (ещё %n символов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputProblem</name>
    <message>
        <source>The URL is empty: paste the callback you want to send.</source>
        <translation>URL пустой: вставьте постбек, который хотите отправить.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>Only http:// and https:// callbacks can be sent; &quot;%1:&quot; is not supported.</source>
        <translation>Отправить можно только постбеки http:// и https://; «%1:» не поддерживается.</translation>
    </message>
    <message>
        <source>The URL has no host name after &quot;//&quot;.</source>
        <translation>В URL нет имени хоста после «//».</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; is not valid.</source>
        <translation>Имя хоста «%1» недопустимо.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not valid: use a number from 1 to 65535.</source>
        <translation>Порт «%1» недопустим: укажите число от 1 до 65535.</translation>
    </message>
    <message>
        <source>The URL contains a line break or tab at position %1; it was probably copied in pieces.</source>
        <translation>В URL есть перенос строки или табуляция (позиция %1); вероятно, его скопировали по частям.</translation>
    </message>
    <message>
        <source>The URL cannot be read: %1</source>
        <translation>Не удаётся разобрать URL: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP method.</source>
        <translation>«%1» — недопустимый HTTP-метод.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not valid: write it as &quot;Name: value&quot;.</source>
        <translation>Заголовок «%1» недопустим: запишите его как «Имя: значение».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Не удаётся прочитать файл «%1».</translation>
    </message>
    <message>
        <source>The curl command cannot be read: %1</source>
        <translation>Не удаётся разобрать команду curl: %1</translation>
    </message>
    <message>
        <source>Invalid option: %1</source>
        <translation>Недопустимый параметр: %1</translation>
    </message>
</context>
<context>
    <name>Pbw</name>
    <message>
        <source>Usage: pbw &lt;command&gt; [options]

Commands:
  replay   send a callback exactly as typed and show the full answer

Run &quot;pbw &lt;command&gt; --help&quot; for a command&apos;s options.
Exit status: 0 the answer was a success (2xx), 1 a problem was found, 2 bad input.</source>
        <translation>Использование: pbw &lt;команда&gt; [параметры]

Команды:
  replay   отправить постбек точно как введён и показать полный ответ

Параметры команды: «pbw &lt;команда&gt; --help».
Код выхода: 0 — успешный ответ (2xx), 1 — найдена проблема, 2 — неверный ввод.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ru.</source>
        <translation>Неизвестный язык «%1»: укажите en или ru.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>HTTP method (default GET, or POST with a body).</source>
        <translation>HTTP-метод (по умолчанию GET, с телом — POST).</translation>
    </message>
    <message>
        <source>Add a header, &quot;Name: value&quot;; repeat for more.</source>
        <translation>Добавить заголовок «Имя: значение»; повторите для нескольких.</translation>
    </message>
    <message>
        <source>Send this body, exactly as written.</source>
        <translation>Отправить это тело точно как написано.</translation>
    </message>
    <message>
        <source>Send the contents of this file as the body.</source>
        <translation>Отправить содержимое этого файла как тело.</translation>
    </message>
    <message>
        <source>Read the request from a curl command (&quot;Copy as cURL (bash)&quot;); - reads it from standard input.</source>
        <translation>Взять запрос из команды curl («Copy as cURL (bash)»); «-» — прочитать её со стандартного ввода.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Прекратить ожидание через столько секунд (по умолчанию 30).</translation>
    </message>
    <message>
        <source>none, system, http://host:port or socks5://host:port (default none).</source>
        <translation>none, system, http://хост:порт или socks5://хост:порт (по умолчанию none).</translation>
    </message>
    <message>
        <source>Accept an invalid TLS certificate (recorded in the result).</source>
        <translation>Принять недействительный TLS-сертификат (это отмечается в результате).</translation>
    </message>
    <message>
        <source>Follow redirects (by default a 3xx is shown as the answer).</source>
        <translation>Следовать редиректам (по умолчанию ответ 3xx показывается как есть).</translation>
    </message>
    <message>
        <source>Keep at most this many bytes of the answer&apos;s body (default 10485760).</source>
        <translation>Сохранять не больше стольких байт тела ответа (по умолчанию 10485760).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Вывести один объект JSON вместо текста.</translation>
    </message>
    <message>
        <source>Language of messages: en or ru (default: the system&apos;s).</source>
        <translation>Язык сообщений: en или ru (по умолчанию — системный).</translation>
    </message>
    <message>
        <source>Give either a URL or --curl, not both.</source>
        <translation>Укажите либо URL, либо --curl, но не оба сразу.</translation>
    </message>
    <message>
        <source>The curl command could not be read from standard input.</source>
        <translation>Не удалось прочитать команду curl со стандартного ввода.</translation>
    </message>
    <message>
        <source>Give one URL; put it in single quotes so the shell leaves &amp; and # alone.</source>
        <translation>Укажите один URL; заключите его в одинарные кавычки, чтобы оболочка не трогала &amp; и #.</translation>
    </message>
    <message>
        <source>Give either --data or --data-file, not both.</source>
        <translation>Укажите либо --data, либо --data-file, но не оба сразу.</translation>
    </message>
    <message>
        <source>The body file is larger than 64 MB; a callback body is never that large.</source>
        <translation>Файл тела больше 64 МБ; у постбека не бывает такого большого тела.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600.</source>
        <translation>Для --timeout нужно число секунд от 0 до 3600.</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes.</source>
        <translation>Для --max-body нужно число байт.</translation>
    </message>
    <message>
        <source>Send a callback exactly as typed and show the full answer.</source>
        <translation>Отправить постбек точно как введён и показать полный ответ.</translation>
    </message>
    <message>
        <source>The callback URL, in single quotes.</source>
        <translation>URL постбека в одинарных кавычках.</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>proxy &quot;%1&quot;: use none, system, http://host:port or socks5://host:port</source>
        <translation>прокси «%1»: укажите none, system, http://хост:порт или socks5://хост:порт</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>a single quote (&apos;) is not closed</source>
        <translation>не закрыта одинарная кавычка (&apos;)</translation>
    </message>
    <message>
        <source>a $&apos;…&apos; quote is not closed</source>
        <translation>не закрыта кавычка $&apos;…&apos;</translation>
    </message>
    <message>
        <source>a double quote (&quot;) is not closed</source>
        <translation>не закрыта двойная кавычка (&quot;)</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Соединение</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Обрыв соединения</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Редиректы</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>The host name could not be resolved: check the domain in the URL.</source>
        <translation>Не удалось найти адрес хоста: проверьте домен в URL.</translation>
    </message>
    <message>
        <source>The server refused the connection or could not be reached: check the host and port, and whether the server is up.</source>
        <translation>Сервер отклонил соединение или недоступен: проверьте хост и порт и работает ли сервер.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed: the server&apos;s certificate is not trusted or the handshake was refused.</source>
        <translation>Не удалось установить защищённое (TLS) соединение: сертификату сервера нет доверия или сервер отклонил рукопожатие.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Сервер закрыл соединение, не передав ответ полностью.</translation>
    </message>
    <message>
        <source>The server kept redirecting (a redirect loop, or too many hops), or redirected from https to http.</source>
        <translation>Сервер перенаправлял снова и снова (петля редиректов или слишком много переходов) либо перенаправил с https на http.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer came back.</source>
        <translation>Запрос отменён до получения ответа.</translation>
    </message>
    <message>
        <source>The request failed before any HTTP answer came back.</source>
        <translation>Запрос не удался до получения какого-либо HTTP-ответа.</translation>
    </message>
</context>
<context>
    <name>WireNote</name>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source> (at position %1)</source>
        <translation> (позиция %1)</translation>
    </message>
    <message>
        <source>`#` at position %1: the rest of the URL (%2) is a fragment and was not sent.</source>
        <translation>`#` в позиции %1: остаток URL (%2) — это фрагмент, он не был отправлен.</translation>
    </message>
    <message>
        <source>%1 was sent as `%2`%3.</source>
        <translation>%1 отправлен как `%2`%3.</translation>
    </message>
    <message>
        <source>`%1` was sent as `%2`: it stands for a plain character, so it is sent unencoded%3.</source>
        <translation>`%1` отправлен как `%2`: это обычный символ, поэтому он отправляется без кодирования%3.</translation>
    </message>
    <message>
        <source>`%1` was sent as `%2` (upper-case hex digits, same meaning)%3.</source>
        <translation>`%1` отправлен как `%2` (заглавные шестнадцатеричные цифры, смысл тот же)%3.</translation>
    </message>
    <message>
        <source>The path `%1` was sent as `%2`: `.` and `..` segments are resolved before sending.</source>
        <translation>Путь `%1` отправлен как `%2`: сегменты `.` и `..` раскрываются перед отправкой.</translation>
    </message>
    <message>
        <source>The host `%1` was sent as `%2`.</source>
        <translation>Хост `%1` отправлен как `%2`.</translation>
    </message>
    <message>
        <source>The user name and password in the URL (`%1`) are not part of the request; they are used only if the server asks to log in.</source>
        <translation>Имя пользователя и пароль в URL (`%1`) не входят в запрос; они используются, только если сервер запросит вход.</translation>
    </message>
    <message>
        <source>Spaces or line breaks at the start or end of what you typed were removed.</source>
        <translation>Пробелы и переносы строк в начале и в конце введённого текста удалены.</translation>
    </message>
    <message>
        <source>What was sent (`%1`) differs from what you typed (`%2`).</source>
        <translation>Отправлено (`%1`) не то, что вы ввели (`%2`).</translation>
    </message>
    <message numerus="yes">
        <source> (%n places, the first at position %1)</source>
        <translation>
            <numerusform> (%n место, первое — на позиции %1)</numerusform>
            <numerusform> (%n места, первое — на позиции %1)</numerusform>
            <numerusform> (%n мест, первое — на позиции %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::MainWindow</name>
    <message>
        <source>Postback Workbench</source>
        <translation>Postback Workbench</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Send the exact callback and keep the full answer</source>
        <translation>Отправить точный постбек и сохранить полный ответ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Save answer body…</source>
        <translation>&amp;Сохранить тело ответа…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>О&amp;тменить запрос</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <source>Copy &amp;response</source>
        <translation>Копировать о&amp;твет</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Повтор</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Язык системы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Postback Workbench</source>
        <translation>&amp;О программе Postback Workbench</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>About Postback Workbench</source>
        <translation>О программе Postback Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postback Workbench %1&lt;/h3&gt;&lt;p&gt;Find out why a conversion postback did not credit, fix it, and prove the fix to the partner.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0; &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;) and QtKeychain (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postback Workbench %1&lt;/h3&gt;&lt;p&gt;Выясните, почему постбек не засчитал конверсию, исправьте и докажите исправление партнёру.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (LGPL-3.0; &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;) и QtKeychain (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ReplayPanel</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the callback exactly as typed (Ctrl+Return)</source>
        <translation>Отправить постбек точно как введён (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Перестать ждать ответ (Esc)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>A curl command that sends exactly what was sent, headers and body included</source>
        <translation>Команда curl, которая отправит ровно то же самое, с заголовками и телом</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Копировать ответ</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>Сохранить тело…</translation>
    </message>
    <message>
        <source>This session&apos;s exchanges (double-click to load the request again)</source>
        <translation>Запросы этого сеанса (двойной щелчок — загрузить запрос снова)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Нельзя отправить</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Answer: %1 in %2 ms</source>
        <translation>Ответ: %1 за %2 мс</translation>
    </message>
    <message>
        <source>curl command copied</source>
        <translation>Команда curl скопирована</translation>
    </message>
    <message>
        <source>Response copied</source>
        <translation>Ответ скопирован</translation>
    </message>
    <message>
        <source>Save the answer&apos;s body</source>
        <translation>Сохранить тело ответа</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The body could not be saved to %1: %2</source>
        <translation>Не удалось сохранить тело в %1: %2</translation>
    </message>
    <message>
        <source>Body saved to %1</source>
        <translation>Тело сохранено в %1</translation>
    </message>
</context>
<context>
    <name>pbw::ui::RequestEditor</name>
    <message>
        <source>Paste the callback URL, or a curl command (Copy as cURL), e.g. https://tracker.example/postback?subid={clickid}&amp;payout=1.5</source>
        <translation>Вставьте URL постбека или команду curl (Copy as cURL), например https://tracker.example/postback?subid={clickid}&amp;payout=1.5</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-метод</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value (decoded)</source>
        <translation>Значение (раскодированное)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Добавить параметр</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Удалить параметр</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Добавить заголовок</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Удалить заголовок</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Content type: automatic (JSON or form)</source>
        <translation>Тип содержимого: автоматически (JSON или форма)</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>Форма (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Plain text (text/plain)</source>
        <translation>Простой текст (text/plain)</translation>
    </message>
    <message>
        <source>Body of a POST callback, sent byte for byte. Leave empty for GET.</source>
        <translation>Тело POST-постбека, отправляется байт в байт. Для GET оставьте пустым.</translation>
    </message>
    <message>
        <source>Timeout, seconds:</source>
        <translation>Тайм-аут, секунд:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>Follow redirects (a 3xx is otherwise shown as the answer)</source>
        <translation>Следовать редиректам (иначе ответ 3xx показывается как есть)</translation>
    </message>
    <message>
        <source>Accept an invalid certificate</source>
        <translation>Принять недействительный сертификат</translation>
    </message>
    <message>
        <source>⚠ Certificate errors will be ignored for this request. The exchange records that you allowed it.</source>
        <translation>⚠ Ошибки сертификата для этого запроса будут проигнорированы. В результате будет отмечено, что вы это разрешили.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>Пока нечего отправлять.</translation>
    </message>
    <message>
        <source>✓ Sent exactly as typed.</source>
        <translation>✓ Отправляется точно как введено.</translation>
    </message>
    <message>
        <source>Sent differently from what you typed:</source>
        <translation>Отправляется не так, как введено:</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ResponseView</name>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Отправленный запрос</translation>
    </message>
    <message>
        <source>Timing and TLS</source>
        <translation>Время и TLS</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>⏳ Sending…</source>
        <translation>⏳ Отправка…</translation>
    </message>
    <message>
        <source>Waiting for the answer. Cancel stops it.</source>
        <translation>Ждём ответ. «Отменить» прекращает ожидание.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Ответа пока нет</translation>
    </message>
    <message>
        <source>Paste a callback and press Send (Ctrl+Return).</source>
        <translation>Вставьте постбек и нажмите «Отправить» (Ctrl+Return).</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <source>%1 · %2 ms to first byte · %3 ms total · %4</source>
        <translation>%1 · %2 мс до первого байта · %3 мс всего · %4</translation>
    </message>
    <message>
        <source>The answer has no body.</source>
        <translation>У ответа нет тела.</translation>
    </message>
    <message>
        <source>JSON, shown indented.</source>
        <translation>JSON, показан с отступами.</translation>
    </message>
    <message>
        <source>XML, shown indented.</source>
        <translation>XML, показан с отступами.</translation>
    </message>
    <message>
        <source>HTML, shown as source text: nothing in it is run or loaded.</source>
        <translation>HTML, показан как исходный текст: ничего из него не выполняется и не загружается.</translation>
    </message>
    <message>
        <source>Binary, shown as hex (first 64 KB).</source>
        <translation>Двоичные данные, показаны в шестнадцатеричном виде (первые 64 КБ).</translation>
    </message>
    <message>
        <source>Text.</source>
        <translation>Текст.</translation>
    </message>
    <message>
        <source>Cut at the capture limit: %1 of %2 kept.</source>
        <translation>Обрезано по лимиту сохранения: сохранено %1 из %2.</translation>
    </message>
    <message>
        <source>✗ No answer</source>
        <translation>✗ Нет ответа</translation>
    </message>
    <message>
        <source>(System message: %1)</source>
        <translation>(Сообщение системы: %1)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>First byte after: %1 ms</source>
        <translation>Первый байт через: %1 мс</translation>
    </message>
    <message>
        <source>Total: %1 ms</source>
        <translation>Всего: %1 мс</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2</source>
        <translation>TLS: %1, шифр %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Сертификат: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Выдан: %1</translation>
    </message>
    <message>
        <source>Valid: %1 – %2</source>
        <translation>Действует: %1 – %2</translation>
    </message>
    <message>
        <source>⚠ The invalid certificate was accepted because you allowed it.</source>
        <translation>⚠ Недействительный сертификат принят, потому что вы это разрешили.</translation>
    </message>
    <message>
        <source>TLS: not used (plain HTTP).</source>
        <translation>TLS: не используется (обычный HTTP).</translation>
    </message>
</context>
</TS>
