<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Nothing wrong found in the request itself.</source>
        <translation>✓ В самом запросе ошибок не найдено.</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Найдено (%1):</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Как исправить: %1</translation>
    </message>
    <message>
        <source>Callback: %1 %2</source>
        <translation>Постбек: %1 %2</translation>
    </message>
    <message>
        <source>Parameters (decoded):</source>
        <translation>Параметры (в раскодированном виде):</translation>
    </message>
    <message>
        <source>(written: %1)</source>
        <translation>(записано: %1)</translation>
    </message>
    <message>
        <source>Against the partner&apos;s template:</source>
        <translation>Сверка с шаблоном партнёра:</translation>
    </message>
    <message>
        <source>%1 → sent as %2=%3</source>
        <translation>%1 → отправлен как %2=%3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Proposed callback:</source>
        <translation>Предлагаемый постбек:</translation>
    </message>
    <message>
        <source>  (no value could be corrected automatically)</source>
        <translation>  (автоматически исправить ничего не удалось)</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (было %2)</translation>
    </message>
    <message>
        <source>  Still to fix by hand: %1</source>
        <translation>  Исправить вручную: %1</translation>
    </message>
    <message>
        <source>(same value, encoded differently: %1 vs %2)</source>
        <translation>(то же значение, закодировано по-разному: %1 и %2)</translation>
    </message>
    <message>
        <source>(moved)</source>
        <translation>(перемещён)</translation>
    </message>
    <message>
        <source>✓ The two callbacks are the same.</source>
        <translation>✓ Постбеки одинаковые.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n отличие:</numerusform>
            <numerusform>%n отличия:</numerusform>
            <numerusform>%n отличий:</numerusform>
        </translation>
    </message>
    <message>
        <source>In A:</source>
        <translation>В A:</translation>
    </message>
    <message>
        <source>In B:</source>
        <translation>В B:</translation>
    </message>
</context>
<context>
    <name>AnswerDiff</name>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message numerus="yes">
        <source>binary, %n byte(s)</source>
        <translation>
            <numerusform>двоичные данные, %n байт</numerusform>
            <numerusform>двоичные данные, %n байта</numerusform>
            <numerusform>двоичные данные, %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>The two answers are the same.</source>
        <translation>Оба ответа одинаковы.</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>статусе</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n заголовке</numerusform>
            <numerusform>%n заголовках</numerusform>
            <numerusform>%n заголовках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON field(s)</source>
        <translation>
            <numerusform>%n поле JSON</numerusform>
            <numerusform>%n полях JSON</numerusform>
            <numerusform>%n полях JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n body line(s)</source>
        <translation>
            <numerusform>%n строке тела</numerusform>
            <numerusform>%n строках тела</numerusform>
            <numerusform>%n строках тела</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers differ in %1.</source>
        <translation>Ответы различаются в %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
    </message>
</context>
<context>
    <name>AnswerRulesText</name>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Правило «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty texts.</source>
        <translation>«%1» должно быть списком непустых строк.</translation>
    </message>
    <message>
        <source>&quot;status&quot; entry &quot;%1&quot; is not a status (200), a class (2xx) or a range (400-499).</source>
        <translation>значение «%1» в «status» — не статус (200), не класс (2xx) и не диапазон (400-499).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object such as {&quot;contains&quot;: [&quot;duplicate&quot;]}.</source>
        <translation>«%1» должно быть объектом, например {&quot;contains&quot;: [&quot;duplicate&quot;]}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid regular expression: %2.</source>
        <translation>в «%1» неверное регулярное выражение: %2.</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;.</source>
        <translation>неизвестное условие «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: it would match every answer.</source>
        <translation>«%1» пусто: такое условие подошло бы к любому ответу.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of objects.</source>
        <translation>«%1» должно быть списком объектов.</translation>
    </message>
    <message>
        <source>every &quot;%1&quot; entry needs &quot;%2&quot;.</source>
        <translation>каждому элементу «%1» нужно поле «%2».</translation>
    </message>
    <message>
        <source>every &quot;header&quot; entry needs &quot;name&quot;.</source>
        <translation>каждому элементу «header» нужно поле «name».</translation>
    </message>
    <message>
        <source>&quot;header&quot; must be a list of objects with a &quot;name&quot;.</source>
        <translation>«header» должно быть списком объектов с полем «name».</translation>
    </message>
    <message>
        <source>&quot;use&quot; names &quot;%1&quot;, which &quot;define&quot; does not have.</source>
        <translation>«use» ссылается на «%1», которого нет в «define».</translation>
    </message>
    <message>
        <source>conditions nest too deep (does a &quot;use&quot; refer to itself?).</source>
        <translation>условия вложены слишком глубоко (не ссылается ли «use» сам на себя?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty object of conditions.</source>
        <translation>«%1» должно быть непустым объектом с условиями.</translation>
    </message>
    <message>
        <source>&quot;shape&quot; entry &quot;%1&quot; is not one of empty, json, xml, html, text, binary.</source>
        <translation>значение «%1» в «shape» — не одно из empty, json, xml, html, text, binary.</translation>
    </message>
    <message>
        <source>&quot;any&quot; must be a non-empty list of conditions.</source>
        <translation>«any» должно быть непустым списком условий.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bucket; use one of: %2.</source>
        <translation>«%1» — не категория; используйте одну из: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a layer a rule can give; use ok, unknown or business.</source>
        <translation>«%1» — такой слой правило задать не может; используйте ok, unknown или business.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a confidence; use low, medium or high.</source>
        <translation>«%1» — не степень уверенности; используйте low, medium или high.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message this program knows; write your own words in &quot;summary&quot; (and &quot;next_step&quot;) instead.</source>
        <translation>«%1» — незнакомое программе сообщение; напишите свой текст в «summary» (и «next_step»).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>В файле некорректный JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object with a &quot;rules&quot; list.</source>
        <translation>В файле должен быть JSON-объект со списком «rules».</translation>
    </message>
    <message>
        <source>The file is in rules format %1; this program reads format %2. Update the program.</source>
        <translation>Файл в формате правил %1, а программа читает формат %2. Обновите программу.</translation>
    </message>
    <message>
        <source>a rule needs an &quot;id&quot;.</source>
        <translation>правилу нужен «id».</translation>
    </message>
    <message>
        <source>the id is used by an earlier rule too.</source>
        <translation>такой id уже есть у правила выше.</translation>
    </message>
    <message>
        <source>The rules file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Не удалось прочитать файл правил «%1»: %2.</translation>
    </message>
    <message>
        <source>The rules file &quot;%1&quot; is larger than 4 MB; a rules file is never that large.</source>
        <translation>Файл правил «%1» больше 4 МБ; файл правил не бывает таким большим.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be two numbers, the lower first, such as [200, 299].</source>
        <translation>«%1» должно быть парой чисел, меньшее первым, например [200, 299].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on &quot;%2&quot; needs equals, between, truthy, present or contains.</source>
        <translation>условию «%1» для «%2» нужно equals, between, truthy, present или contains.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>&quot;%1&quot; is not field=column (for example click_id=subid).</source>
        <translation>«%1» — не пара поле=столбец (например, click_id=subid).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: use %2.</source>
        <translation>Нет поля «%1»: доступны %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a column number is #1 or more.</source>
        <translation>«%1»: номер столбца — от #1 и больше.</translation>
    </message>
    <message>
        <source>click ID</source>
        <translation>click ID</translation>
    </message>
    <message>
        <source>transaction ID</source>
        <translation>ID транзакции</translation>
    </message>
    <message>
        <source>payout</source>
        <translation>выплата</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>postback URL</source>
        <translation>URL постбека</translation>
    </message>
    <message>
        <source>answer status</source>
        <translation>код ответа</translation>
    </message>
    <message>
        <source>answer body</source>
        <translation>тело ответа</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Засчитаны</translation>
    </message>
    <message>
        <source>Payout different</source>
        <translation>Другая выплата</translation>
    </message>
    <message>
        <source>Status different</source>
        <translation>Другой статус</translation>
    </message>
    <message>
        <source>Missing at the partner</source>
        <translation>Нет у партнёра</translation>
    </message>
    <message>
        <source>Extra at the partner</source>
        <translation>Лишние у партнёра</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>в ожидании</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
</context>
<context>
    <name>BatchCheck</name>
    <message>
        <source>The callback itself is wrong too: %1</source>
        <translation>Сам постбек тоже с ошибкой: %1</translation>
    </message>
    <message>
        <source>The log has no callback for this conversion: it may never have been sent.</source>
        <translation>В логе нет постбека по этой конверсии: возможно, он вообще не отправлялся.</translation>
    </message>
    <message>
        <source>No answer logged.</source>
        <translation>Ответ в логе не записан.</translation>
    </message>
    <message>
        <source>No answer logged: the log does not say what the partner answered, or whether it answered at all.</source>
        <translation>Ответ не записан: по логу не понять, что ответил партнёр и ответил ли вообще.</translation>
    </message>
    <message>
        <source>The partner accepted this callback: a re-send would likely be a duplicate. Ask the partner to look the click ID up.</source>
        <translation>Партнёр принял этот постбек: повторная отправка, скорее всего, станет дублем. Попросите партнёра найти этот click ID у себя.</translation>
    </message>
    <message>
        <source>The partner answered that it already has this conversion: a re-send would be refused as a duplicate.</source>
        <translation>Партнёр ответил, что эта конверсия у него уже есть: повторную отправку отклонят как дубль.</translation>
    </message>
    <message>
        <source>The callback cannot be corrected from the log: %1</source>
        <translation>Постбек не исправить по логу: %1</translation>
    </message>
    <message>
        <source>The log has no callback URL for this conversion: give the partner&apos;s template (--template) to build one.</source>
        <translation>В логе нет URL постбека по этой конверсии: укажите шаблон партнёра (--template), чтобы собрать его.</translation>
    </message>
    <message>
        <source>Macros that could not be filled from the row: %1.</source>
        <translation>Макросы, которые не заполнить из строки: %1.</translation>
    </message>
    <message>
        <source>The template is not a URL: %1</source>
        <translation>Шаблон — не URL: %1</translation>
    </message>
    <message>
        <source>%1 (the row has no %2)</source>
        <translation>%1 (в строке нет поля «%2»)</translation>
    </message>
    <message>
        <source>%1 carries the click ID cut short: %2 of the %3 characters of %4.</source>
        <translation>В %1 click ID обрезан: %2 из %3 символов %4.</translation>
    </message>
    <message>
        <source>Send the whole click ID: look for a column or a field that cuts it.</source>
        <translation>Передавайте click ID целиком: найдите колонку или поле, которое его обрезает.</translation>
    </message>
</context>
<context>
    <name>BatchRead</name>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: файл не читается: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
</context>
<context>
    <name>Capi</name>
    <message>
        <source>There is no &apos;@&apos; in the e-mail.</source>
        <translation>В адресе почты нет «@».</translation>
    </message>
    <message>
        <source>The e-mail has more than one &apos;@&apos;.</source>
        <translation>В адресе почты больше одного «@».</translation>
    </message>
    <message>
        <source>Nothing before the &apos;@&apos; in the e-mail.</source>
        <translation>В адресе почты ничего нет перед «@».</translation>
    </message>
    <message>
        <source>Nothing after the &apos;@&apos; in the e-mail.</source>
        <translation>В адресе почты ничего нет после «@».</translation>
    </message>
    <message>
        <source>The e-mail&apos;s domain has no ending such as .com.</source>
        <translation>У домена в адресе почты нет окончания вроде .com.</translation>
    </message>
    <message>
        <source>The e-mail has two dots in a row.</source>
        <translation>В адресе почты две точки подряд.</translation>
    </message>
    <message>
        <source>The e-mail has a space in it.</source>
        <translation>В адресе почты есть пробел.</translation>
    </message>
    <message>
        <source>There are no digits in the phone number.</source>
        <translation>В номере телефона нет цифр.</translation>
    </message>
    <message>
        <source>This looks like a Russian number written with 8: with the country code it starts with 7 (7%1).</source>
        <translation>Похоже на российский номер, записанный через 8: с кодом страны он начинается с 7 (7%1).</translation>
    </message>
    <message>
        <source>%1 could be a day or a month: read as day %2 of month %3 (with dots the day comes first).</source>
        <translation>В %1 день и месяц можно перепутать: прочитано как день %2, месяц %3 (с точками первым идёт день).</translation>
    </message>
    <message>
        <source>%1 could be a day or a month: read as month %2, day %3 (with slashes or dashes the month comes first).</source>
        <translation>В %1 день и месяц можно перепутать: прочитано как месяц %2, день %3 (с косой чертой или дефисом первым идёт месяц).</translation>
    </message>
    <message>
        <source>%1 is not a real date of birth.</source>
        <translation>%1 — не настоящая дата рождения.</translation>
    </message>
    <message>
        <source>%1 was turned into its code %2.</source>
        <translation>«%1» заменено кодом %2.</translation>
    </message>
    <message>
        <source>%1 is not a country code (ISO 3166-1 alpha-2, like us or ru).</source>
        <translation>%1 — не код страны (ISO 3166-1 alpha-2, например us или ru).</translation>
    </message>
    <message>
        <source>%1 is not a user_data key of the Conversions API.</source>
        <translation>%1 — не ключ user_data в Conversions API.</translation>
    </message>
    <message>
        <source>Nothing is left after normalising: the value is empty or only punctuation.</source>
        <translation>После нормализации ничего не осталось: значение пустое или из одних знаков препинания.</translation>
    </message>
    <message>
        <source>Not Latin letters: hashed as UTF-8 as they are; it matches only if the person&apos;s profile has the same spelling.</source>
        <translation>Не латиница: хешируется в UTF-8 как есть; совпадёт, только если в профиле человека то же написание.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>Получено %n событие</numerusform>
            <numerusform>Получено %n события</numerusform>
            <numerusform>Получено %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n event(s) received</source>
        <translation>
            <numerusform>Получено только %1 из %n события</numerusform>
            <numerusform>Получено только %1 из %n событий</numerusform>
            <numerusform>Получено только %1 из %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rejected the events: %1</source>
        <translation>Meta отклонила события: %1</translation>
    </message>
    <message>
        <source>The answer is not one of Meta&apos;s: is the Graph API address right?</source>
        <translation>Это не ответ Meta: верен ли адрес Graph API?</translation>
    </message>
    <message>
        <source>No answer from the Graph API.</source>
        <translation>Graph API не ответил.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1 at character %2).</source>
        <translation>Это не JSON (%1, символ %2).</translation>
    </message>
    <message>
        <source>Expected {&quot;data&quot;: [event, …]}, an event object or an array of events.</source>
        <translation>Ожидается {&quot;data&quot;: [событие, …]}, объект события или массив событий.</translation>
    </message>
    <message>
        <source>Event %1 is not a JSON object.</source>
        <translation>Событие %1 — не объект JSON.</translation>
    </message>
    <message>
        <source>The pixel (dataset) ID &quot;%1&quot; should be digits only, as Events Manager shows it.</source>
        <translation>ID пикселя (набора данных) «%1» должен состоять только из цифр, как в Events Manager.</translation>
    </message>
    <message>
        <source>The API version &quot;%1&quot; should look like %2.</source>
        <translation>Версия API «%1» должна выглядеть как %2.</translation>
    </message>
    <message>
        <source>The Graph API address &quot;%1&quot; is not an http(s) address.</source>
        <translation>Адрес Graph API «%1» — не адрес http(s).</translation>
    </message>
    <message>
        <source>There is no access token for pixel %1.</source>
        <translation>Для пикселя %1 нет маркера доступа.</translation>
    </message>
    <message>
        <source>event_name is empty.</source>
        <translation>event_name пуст.</translation>
    </message>
    <message>
        <source>Name the event: a standard one such as Purchase or Lead, or your own.</source>
        <translation>Назовите событие: стандартное, например Purchase или Lead, или своё.</translation>
    </message>
    <message>
        <source>action_source is missing.</source>
        <translation>Нет action_source.</translation>
    </message>
    <message>
        <source>Say where the conversion happened: website for a site, app, phone_call, chat, email, physical_store, system_generated, business_messaging or other.</source>
        <translation>Укажите, где произошла конверсия: website для сайта, app, phone_call, chat, email, physical_store, system_generated, business_messaging или other.</translation>
    </message>
    <message>
        <source>action_source &quot;%1&quot; is not one Meta knows.</source>
        <translation>action_source «%1» Meta не знает.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Используйте одно из: %1.</translation>
    </message>
    <message>
        <source>A website event needs event_source_url.</source>
        <translation>Событию с сайта нужен event_source_url.</translation>
    </message>
    <message>
        <source>Give the address of the page where the conversion happened (the thank-you page).</source>
        <translation>Укажите адрес страницы, где произошла конверсия (страница «спасибо»).</translation>
    </message>
    <message>
        <source>event_source_url &quot;%1&quot; is not a web address.</source>
        <translation>event_source_url «%1» — не веб-адрес.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://.</source>
        <translation>Укажите полный адрес, начиная с https://.</translation>
    </message>
    <message>
        <source>A website event needs client_user_agent.</source>
        <translation>Событию с сайта нужен client_user_agent.</translation>
    </message>
    <message>
        <source>Pass the visitor&apos;s browser User-Agent header, as the server received it.</source>
        <translation>Передайте заголовок User-Agent браузера посетителя — так, как его получил сервер.</translation>
    </message>
    <message>
        <source>event_id is empty: if the browser pixel also sends this event, Meta counts it twice.</source>
        <translation>event_id пуст: если пиксель в браузере тоже отправляет это событие, Meta посчитает его дважды.</translation>
    </message>
    <message>
        <source>Send the same event_id as the pixel&apos;s eventID (for example the order number).</source>
        <translation>Отправляйте тот же event_id, что и eventID пикселя (например, номер заказа).</translation>
    </message>
    <message>
        <source>event_time is missing.</source>
        <translation>Нет event_time.</translation>
    </message>
    <message>
        <source>Give the moment of the conversion as a Unix time in seconds, such as %1.</source>
        <translation>Укажите момент конверсии как время Unix в секундах, например %1.</translation>
    </message>
    <message>
        <source>event_time &quot;%1&quot; is not a whole number of seconds.</source>
        <translation>event_time «%1» — не целое число секунд.</translation>
    </message>
    <message>
        <source>Give a Unix time in seconds, such as %1.</source>
        <translation>Укажите время Unix в секундах, например %1.</translation>
    </message>
    <message>
        <source>event_time %1 is in milliseconds; Meta wants seconds.</source>
        <translation>event_time %1 указан в миллисекундах, а Meta нужны секунды.</translation>
    </message>
    <message>
        <source>Divide by 1000: %1.</source>
        <translation>Разделите на 1000: %1.</translation>
    </message>
    <message>
        <source>event_time is in the future (%1).</source>
        <translation>event_time в будущем (%1).</translation>
    </message>
    <message>
        <source>Use the time the conversion happened; check the sending server&apos;s clock.</source>
        <translation>Укажите время конверсии; проверьте часы отправляющего сервера.</translation>
    </message>
    <message numerus="yes">
        <source>event_time is older than %n day(s) (%1): Meta rejects it.</source>
        <translation>
            <numerusform>event_time старше %n дня (%1): Meta его отклонит.</numerusform>
            <numerusform>event_time старше %n дней (%1): Meta его отклонит.</numerusform>
            <numerusform>event_time старше %n дней (%1): Meta его отклонит.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send store events within 62 days of the purchase.</source>
        <translation>Отправляйте события из магазина в течение 62 дней после покупки.</translation>
    </message>
    <message>
        <source>Send events within 7 days; older conversions cannot be sent through the Conversions API.</source>
        <translation>Отправляйте события в течение 7 дней; более старые конверсии через Conversions API не отправить.</translation>
    </message>
    <message>
        <source>user_data has a key Meta does not document: &quot;%1&quot;.</source>
        <translation>В user_data есть ключ, которого нет в документации Meta: «%1».</translation>
    </message>
    <message>
        <source>Check the spelling: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id, client_ip_address, client_user_agent, fbc, fbp…</source>
        <translation>Проверьте написание: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id, client_ip_address, client_user_agent, fbc, fbp…</translation>
    </message>
    <message>
        <source>Nothing in user_data can match a person: IP address, user agent or region alone are not enough.</source>
        <translation>В user_data нет ничего, по чему можно сопоставить человека: одних IP-адреса, user agent или региона недостаточно.</translation>
    </message>
    <message>
        <source>Add at least one of em (e-mail), ph (phone), external_id, fbc or fbp.</source>
        <translation>Добавьте хотя бы одно из: em (e-mail), ph (телефон), external_id, fbc или fbp.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Correct the value or leave the field out: a value Meta cannot read matches nobody.</source>
        <translation>Исправьте значение или уберите поле: значение, которое Meta не может прочитать, ни с кем не совпадёт.</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is not a number.</source>
        <translation>value «%1» — не число.</translation>
    </message>
    <message>
        <source>Write the amount with a dot and no currency sign, such as 49.90.</source>
        <translation>Запишите сумму с точкой и без знака валюты, например 49.90.</translation>
    </message>
    <message>
        <source>value is given without currency.</source>
        <translation>value указан без currency.</translation>
    </message>
    <message>
        <source>Add the ISO 4217 code of the amount&apos;s currency, such as USD, EUR or RUB.</source>
        <translation>Добавьте код валюты суммы по ISO 4217, например USD, EUR или RUB.</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code.</source>
        <translation>currency «%1» — не код ISO 4217.</translation>
    </message>
    <message>
        <source>Use the three-letter code, such as USD, EUR or RUB; not a sign or a name.</source>
        <translation>Используйте трёхбуквенный код, например USD, EUR или RUB, а не знак или название.</translation>
    </message>
    <message>
        <source>A Purchase needs value and currency.</source>
        <translation>Событию Purchase нужны value и currency.</translation>
    </message>
    <message>
        <source>Give the order&apos;s amount in value and its currency code in currency.</source>
        <translation>Укажите сумму заказа в value и код её валюты в currency.</translation>
    </message>
    <message>
        <source>There are no events to send.</source>
        <translation>Нет событий для отправки.</translation>
    </message>
    <message>
        <source>Add at least one event to data.</source>
        <translation>Добавьте в data хотя бы одно событие.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one request; Meta takes at most 1,000.</source>
        <translation>
            <numerusform>%n событие в одном запросе; Meta принимает не больше 1000.</numerusform>
            <numerusform>%n события в одном запросе; Meta принимает не больше 1000.</numerusform>
            <numerusform>%n событий в одном запросе; Meta принимает не больше 1000.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split the events into requests of 1,000 or fewer.</source>
        <translation>Разбейте события на запросы не больше чем по 1000.</translation>
    </message>
    <message>
        <source>fbc must read fb.&lt;subdomain index&gt;.&lt;click time in milliseconds&gt;.&lt;fbclid&gt;, like %1: copy the _fbc cookie as it is, or build it from the fbclid.</source>
        <translation>fbc должен иметь вид fb.&lt;индекс поддомена&gt;.&lt;время клика в миллисекундах&gt;.&lt;fbclid&gt;, например %1: скопируйте cookie _fbc как есть или соберите его из fbclid.</translation>
    </message>
    <message>
        <source>fbp must read fb.&lt;subdomain index&gt;.&lt;creation time in milliseconds&gt;.&lt;random number&gt;, like %1: copy the _fbp cookie as it is.</source>
        <translation>fbp должен иметь вид fb.&lt;индекс поддомена&gt;.&lt;время создания в миллисекундах&gt;.&lt;случайное число&gt;, например %1: скопируйте cookie _fbp как есть.</translation>
    </message>
    <message>
        <source>The time in %1 has 10 digits: it is in seconds, Meta wants milliseconds (13 digits). Use %2.</source>
        <translation>Время в %1 из 10 цифр — это секунды, а Meta нужны миллисекунды (13 цифр). Используйте %2.</translation>
    </message>
    <message>
        <source>The time in %1 should be 13 digits (milliseconds since 1970); it has %2.</source>
        <translation>Время в %1 должно состоять из 13 цифр (миллисекунды с 1970 года), а в нём %2.</translation>
    </message>
    <message>
        <source>The time in %1 is in the future (%2): check the clock of the server that set it.</source>
        <translation>Время в %1 в будущем (%2): проверьте часы сервера, который его установил.</translation>
    </message>
    <message>
        <source>The click in fbc is more than 90 days old (%1): Meta will hardly attribute the event to it.</source>
        <translation>Клику в fbc больше 90 дней (%1): Meta вряд ли припишет ему событие.</translation>
    </message>
    <message>
        <source>No fbclid found: paste the fbclid itself or the landing-page URL that carries ?fbclid=…</source>
        <translation>fbclid не найден: вставьте сам fbclid или адрес лендинга с ?fbclid=…</translation>
    </message>
    <message>
        <source>The click time is not a valid date and time.</source>
        <translation>Время клика не распознано как дата и время.</translation>
    </message>
    <message>
        <source>event %1, %2</source>
        <translation>событие %1, %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Как исправить: %1</translation>
    </message>
    <message>
        <source>Meta notes: %1</source>
        <translation>Замечание Meta: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <source>Meta says: %1 (code %2, subcode %3)</source>
        <translation>Ответ Meta: %1 (code %2, subcode %3)</translation>
    </message>
    <message>
        <source>Meta says: %1 (code %2)</source>
        <translation>Ответ Meta: %1 (code %2)</translation>
    </message>
    <message>
        <source>fbtrace_id: %1 (quote it to Meta&apos;s support)</source>
        <translation>fbtrace_id: %1 (назовите его поддержке Meta)</translation>
    </message>
    <message>
        <source>Test event code %1: these events show in Events Manager → Test Events, and Meta says it still processes them as real data.</source>
        <translation>Код тестового события %1: эти события видны в Events Manager → «Тестирование событий», и, по словам Meta, всё равно обрабатываются как настоящие данные.</translation>
    </message>
    <message>
        <source>data_processing_options is not a list.</source>
        <translation>data_processing_options — не список.</translation>
    </message>
    <message>
        <source>Send [] for no restriction, or [&quot;LDU&quot;] for Limited Data Use.</source>
        <translation>Отправьте [] без ограничений или [&quot;LDU&quot;] для ограниченного использования данных (LDU).</translation>
    </message>
    <message>
        <source>data_processing_options holds &quot;%1&quot;; Meta knows only &quot;LDU&quot;.</source>
        <translation>В data_processing_options указано «%1», а Meta знает только «LDU».</translation>
    </message>
    <message>
        <source>Limited Data Use needs data_processing_options_country and data_processing_options_state.</source>
        <translation>Для ограниченного использования данных (LDU) нужны data_processing_options_country и data_processing_options_state.</translation>
    </message>
    <message>
        <source>Send 0 and 0 to let Meta find the place from the IP address, or 1 and 1000 for California.</source>
        <translation>Отправьте 0 и 0, чтобы Meta определила место по IP-адресу, или 1 и 1000 для Калифорнии.</translation>
    </message>
    <message>
        <source>data_processing_options_country must be 0 or 1 and data_processing_options_state a whole number.</source>
        <translation>data_processing_options_country должно быть 0 или 1, а data_processing_options_state — целым числом.</translation>
    </message>
    <message>
        <source>A data processing country or state is given without [&quot;LDU&quot;]: Meta ignores it.</source>
        <translation>Страна или штат обработки данных указаны без [&quot;LDU&quot;]: Meta их не учитывает.</translation>
    </message>
    <message>
        <source>Add &quot;LDU&quot; to data_processing_options, or leave the country and state out.</source>
        <translation>Добавьте &quot;LDU&quot; в data_processing_options или уберите страну и штат.</translation>
    </message>
    <message>
        <source>Only %1 digits: the country code is probably missing, and %2 does not add it.</source>
        <translation>Цифр всего %1: вероятно, не хватает кода страны, а %2 его не добавляет.</translation>
    </message>
    <message>
        <source>Not a date %1 accepts: write it as YYYY-MM-DD.</source>
        <translation>Такую дату %1 не примет: запишите её как YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 takes only m or f for gender.</source>
        <translation>%1 принимает для пола только m или f.</translation>
    </message>
    <message>
        <source>Not a US state or Canadian province: sent as written, without spaces, which may not match how %1 stored it.</source>
        <translation>Это не штат США и не провинция Канады: отправляется как написано, без пробелов, и может не совпасть с тем, как это хранит %1.</translation>
    </message>
    <message>
        <source>%1 is not a country %2 knows: use its two-letter code (us, gb, ru…).</source>
        <translation>Страну «%1» %2 не знает: укажите её двухбуквенный код (us, gb, ru…).</translation>
    </message>
    <message>
        <source>%1 took the test events</source>
        <translation>%1: тестовые события приняты</translation>
    </message>
    <message>
        <source>%1 took the events</source>
        <translation>%1: события приняты</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n test event(s) received</source>
        <translation>
            <numerusform>%1: получено %n тестовое событие</numerusform>
            <numerusform>%1: получено %n тестовых события</numerusform>
            <numerusform>%1: получено %n тестовых событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) received</source>
        <translation>
            <numerusform>%1: получено %n событие</numerusform>
            <numerusform>%1: получено %n события</numerusform>
            <numerusform>%1: получено %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 validated the events: no problem found, nothing recorded</source>
        <translation>%1: события проверены, проблем не найдено, ничего не записано</translation>
    </message>
    <message numerus="yes">
        <source>%1 took only %2 of %n event(s)</source>
        <translation>
            <numerusform>%1: принято только %2 из %n события</numerusform>
            <numerusform>%1: принято только %2 из %n событий</numerusform>
            <numerusform>%1: принято только %2 из %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the events: %2</source>
        <translation>%1: события отклонены — %2</translation>
    </message>
    <message>
        <source>%1 took the request but never says whether the events are valid: validate them first</source>
        <translation>%1: запрос принят, но платформа не сообщает, верны ли события: сначала проверьте их</translation>
    </message>
    <message>
        <source>The answer is not one of %1&apos;s: is the address right?</source>
        <translation>Это не ответ %1: верен ли адрес?</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Нет ответа от %1.</translation>
    </message>
    <message>
        <source>The platforms normalise this value differently.</source>
        <translation>Платформы нормализуют это значение по-разному.</translation>
    </message>
    <message>
        <source>sent unhashed</source>
        <translation>отправляется без хеширования</translation>
    </message>
    <message>
        <source>Type the %1 %2.</source>
        <translation>Введите %2 (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like a %2 %3.</source>
        <translation>«%1» не похоже на %3 (%2).</translation>
    </message>
    <message>
        <source>A test send to %1 needs the test code from its events manager (%2).</source>
        <translation>Для тестовой отправки в %1 нужен тестовый код из менеджера событий платформы (%2).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not an http(s) address.</source>
        <translation>Адрес «%1» — не адрес http(s).</translation>
    </message>
    <message>
        <source>There is no %1 for %2 %3.</source>
        <translation>Для %2 %3 не задан %1.</translation>
    </message>
    <message>
        <source>Google Ads needs the conversion action the events count for (its ID, from Goals → Conversions).</source>
        <translation>Google Ads нужно знать действие-конверсию, к которому относятся события (его ID из раздела «Цели → Конверсии»).</translation>
    </message>
    <message>
        <source>The event has no time in Unix seconds.</source>
        <translation>У события нет времени в секундах Unix.</translation>
    </message>
    <message>
        <source>Set event_time to the moment of the conversion, in seconds.</source>
        <translation>Укажите в event_time момент конверсии в секундах.</translation>
    </message>
    <message>
        <source>The event&apos;s time is in the future.</source>
        <translation>Время события — в будущем.</translation>
    </message>
    <message>
        <source>Send the time of the conversion itself, in seconds (not milliseconds).</source>
        <translation>Отправляйте время самой конверсии в секундах (не в миллисекундах).</translation>
    </message>
    <message>
        <source>%1 takes events at most %2 hours old.</source>
        <translation>%1 принимает только события не старше %2 ч.</translation>
    </message>
    <message>
        <source>%1 takes events at most %2 days old.</source>
        <translation>%1 принимает только события не старше %2 дн.</translation>
    </message>
    <message>
        <source>Send conversions sooner; this one will not count.</source>
        <translation>Отправляйте конверсии раньше; эта не будет засчитана.</translation>
    </message>
    <message>
        <source>Correct the value; %1 would not get it.</source>
        <translation>Исправьте значение, иначе %1 его не получит.</translation>
    </message>
    <message>
        <source>Check the value before sending.</source>
        <translation>Проверьте значение перед отправкой.</translation>
    </message>
    <message>
        <source>Snapchat needs an e-mail, a phone, or the IP address and user agent together.</source>
        <translation>Snapchat нужен e-mail, телефон или IP-адрес вместе с user agent.</translation>
    </message>
    <message>
        <source>Pinterest needs an e-mail, or the IP address and user agent together.</source>
        <translation>Pinterest нужен e-mail или IP-адрес вместе с user agent.</translation>
    </message>
    <message>
        <source>Google Ads needs the gclid (or gbraid, wbraid) of the click, or an e-mail or phone.</source>
        <translation>Google Ads нужен gclid (или gbraid, wbraid) клика либо e-mail или телефон.</translation>
    </message>
    <message>
        <source>Google Ads refuses a gbraid and a wbraid together.</source>
        <translation>Google Ads не принимает gbraid и wbraid вместе.</translation>
    </message>
    <message>
        <source>Keep only the one the click carried.</source>
        <translation>Оставьте только тот, что был в клике.</translation>
    </message>
    <message>
        <source>GA4 needs the client_id of the visitor (from the _ga cookie) in click_ids.</source>
        <translation>GA4 нужен client_id посетителя (из cookie _ga) в click_ids.</translation>
    </message>
    <message>
        <source>%1 can match nobody: add an e-mail, a phone, the click ID or the IP address and user agent.</source>
        <translation>%1 не сможет никого сопоставить: добавьте e-mail, телефон, click ID или IP-адрес и user agent.</translation>
    </message>
    <message>
        <source>Add what the event has of these, then validate again.</source>
        <translation>Добавьте то из этого, что есть у события, и проверьте снова.</translation>
    </message>
    <message>
        <source>A purchase without a value and a currency.</source>
        <translation>Покупка без суммы и валюты.</translation>
    </message>
    <message>
        <source>Add value and currency (ISO 4217: USD, EUR, RUB).</source>
        <translation>Добавьте value и currency (ISO 4217: USD, EUR, RUB).</translation>
    </message>
    <message>
        <source>Add an event.</source>
        <translation>Добавьте событие.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 events per request; there are %3.</source>
        <translation>%1 принимает не больше %2 событий в запросе, а здесь %3.</translation>
    </message>
    <message>
        <source>Send them in smaller batches.</source>
        <translation>Отправляйте их пакетами поменьше.</translation>
    </message>
    <message>
        <source>GA4 takes one visitor&apos;s events per request; this event is another visitor&apos;s.</source>
        <translation>GA4 принимает в одном запросе события только одного посетителя, а это событие — другого посетителя.</translation>
    </message>
    <message>
        <source>Send each visitor&apos;s events on their own.</source>
        <translation>Отправляйте события каждого посетителя отдельно.</translation>
    </message>
    <message>
        <source>%1 has no standard event for %2: it goes as a custom event.</source>
        <translation>У %1 нет стандартного события для %2: оно уйдёт как пользовательское.</translation>
    </message>
    <message>
        <source>Use a standard event if one fits, so that the platform can optimise for it.</source>
        <translation>Если подходит стандартное событие, используйте его, чтобы платформа могла под него оптимизировать.</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 не принимает %2.</translation>
    </message>
    <message>
        <source>%1 notes: %2</source>
        <translation>Замечание %1: %2</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>Ответ %1: %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID запроса: %1</translation>
    </message>
    <message>
        <source>does not take it</source>
        <translation>не принимает</translation>
    </message>
    <message>
        <source>%1  (unhashed)</source>
        <translation>%1  (без хеширования)</translation>
    </message>
    <message>
        <source>Why they differ: %1</source>
        <translation>Почему различаются: %1</translation>
    </message>
    <message>
        <source>The number ends with an extension: %1 sends its digits as part of the number. Leave the extension out.</source>
        <translation>Номер заканчивается добавочным: %1 отправит его цифры как часть номера. Уберите добавочный.</translation>
    </message>
    <message>
        <source>Written without + or 00: %1 reads the first digits as the country code (%2). Check that the number starts with it.</source>
        <translation>Записан без + или 00: %1 считает первые цифры кодом страны (%2). Проверьте, что номер начинается с него.</translation>
    </message>
    <message>
        <source>The value is not a number: %1 would leave it out.</source>
        <translation>Сумма — не число: %1 её не учтёт.</translation>
    </message>
    <message>
        <source>Write the value as a number: 49.90.</source>
        <translation>Запишите сумму числом: 49.90.</translation>
    </message>
    <message>
        <source>The value is negative.</source>
        <translation>Сумма отрицательная.</translation>
    </message>
    <message>
        <source>Send the conversion&apos;s value, not a refund.</source>
        <translation>Отправляйте сумму конверсии, а не возврат.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 — не код валюты ISO 4217.</translation>
    </message>
    <message>
        <source>Use the three-letter code: USD, EUR, RUB.</source>
        <translation>Используйте трёхбуквенный код: USD, EUR, RUB.</translation>
    </message>
    <message>
        <source>The currency code is not in capitals.</source>
        <translation>Код валюты записан не заглавными буквами.</translation>
    </message>
    <message>
        <source>Write it as %1.</source>
        <translation>Запишите его как %1.</translation>
    </message>
    <message>
        <source>A purchase without a value.</source>
        <translation>Покупка без суммы.</translation>
    </message>
    <message>
        <source>A purchase without a currency.</source>
        <translation>Покупка без валюты.</translation>
    </message>
    <message>
        <source>Pinterest requires an event_id in every event.</source>
        <translation>Pinterest требует event_id в каждом событии.</translation>
    </message>
    <message>
        <source>Set event_id: the order number, or the ID the Pinterest tag used.</source>
        <translation>Укажите event_id: номер заказа или ID, который использовал тег Pinterest.</translation>
    </message>
    <message>
        <source>No action_source: %1 gets %2.</source>
        <translation>Нет action_source: %1 получит %2.</translation>
    </message>
    <message>
        <source>Set action_source (website, app, physical_store…).</source>
        <translation>Укажите action_source (website, app, physical_store…).</translation>
    </message>
    <message>
        <source>%1 takes one %2: only the first is sent.</source>
        <translation>%1 принимает одно значение %2: отправляется только первое.</translation>
    </message>
    <message>
        <source>Put the best value first.</source>
        <translation>Поставьте лучшее значение первым.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Значение пустое.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 keeps only the digits of %2: its letters are dropped, and it matches only if %1 stored it the same way.</source>
        <translation>%1 оставляет от %2 только цифры: буквы отбрасываются, и совпадение будет, только если %1 сохранил его так же.</translation>
    </message>
</context>
<context>
    <name>CapiError</name>
    <message>
        <source>The access token has expired.</source>
        <translation>Срок действия маркера доступа истёк.</translation>
    </message>
    <message>
        <source>Meta no longer accepts this token, so no event was recorded.</source>
        <translation>Meta больше не принимает этот маркер, поэтому ни одно событие не записано.</translation>
    </message>
    <message>
        <source>Generate a new token in Events Manager → your dataset → Settings → Conversions API, and save it for this pixel.</source>
        <translation>Создайте новый маркер в Events Manager → ваш набор данных → «Настройки» → Conversions API и сохраните его для этого пикселя.</translation>
    </message>
    <message>
        <source>The access token was revoked.</source>
        <translation>Маркер доступа отозван.</translation>
    </message>
    <message>
        <source>The token was cancelled (a password change, or the app&apos;s access removed); no event was recorded.</source>
        <translation>Маркер аннулирован (сменён пароль или у приложения отозван доступ); ни одно событие не записано.</translation>
    </message>
    <message>
        <source>Generate a new token in Events Manager and save it for this pixel.</source>
        <translation>Создайте новый маркер в Events Manager и сохраните его для этого пикселя.</translation>
    </message>
    <message>
        <source>Meta does not accept this access token.</source>
        <translation>Meta не принимает этот маркер доступа.</translation>
    </message>
    <message>
        <source>The token is mistyped, cut short, or belongs to something else; no event was recorded.</source>
        <translation>Маркер введён с ошибкой, обрезан или относится к другому объекту; ни одно событие не записано.</translation>
    </message>
    <message>
        <source>Copy the token again from Events Manager → Settings → Conversions API → Generate access token, whole, and save it for this pixel.</source>
        <translation>Скопируйте маркер заново, целиком, из Events Manager → «Настройки» → Conversions API → «Создать маркер доступа» и сохраните его для этого пикселя.</translation>
    </message>
    <message>
        <source>The request carried no access token.</source>
        <translation>В запросе не было маркера доступа.</translation>
    </message>
    <message>
        <source>Meta needs a token with every request.</source>
        <translation>Meta требует маркер в каждом запросе.</translation>
    </message>
    <message>
        <source>Save the pixel&apos;s token, then send again.</source>
        <translation>Сохраните маркер пикселя и отправьте снова.</translation>
    </message>
    <message>
        <source>The token may not send events to this pixel.</source>
        <translation>У маркера нет права отправлять события в этот пиксель.</translation>
    </message>
    <message>
        <source>The token is valid, but its user or system user has no access to this dataset, or the app lacks a permission.</source>
        <translation>Маркер действителен, но у его пользователя или системного пользователя нет доступа к этому набору данных, или у приложения нет разрешения.</translation>
    </message>
    <message>
        <source>Generate the token from this pixel&apos;s own settings page, or give the system user access to the dataset in Business Settings.</source>
        <translation>Создайте маркер на странице настроек именно этого пикселя или дайте системному пользователю доступ к набору данных в настройках компании.</translation>
    </message>
    <message>
        <source>Meta does not know this pixel, or the token cannot see it.</source>
        <translation>Meta не знает этот пиксель, или маркеру он не виден.</translation>
    </message>
    <message>
        <source>The pixel (dataset) ID is wrong, or the token belongs to another business.</source>
        <translation>ID пикселя (набора данных) неверен, или маркер относится к другой компании.</translation>
    </message>
    <message>
        <source>Copy the dataset ID from Events Manager and use the token generated for that dataset.</source>
        <translation>Скопируйте ID набора данных из Events Manager и используйте маркер, созданный для этого набора.</translation>
    </message>
    <message>
        <source>The event has nothing Meta can match a person with.</source>
        <translation>В событии нет ничего, по чему Meta может сопоставить человека.</translation>
    </message>
    <message>
        <source>IP address, user agent or region alone are not enough.</source>
        <translation>Одних IP-адреса, user agent или региона недостаточно.</translation>
    </message>
    <message>
        <source>Add an e-mail, a phone, external_id, fbc or fbp.</source>
        <translation>Добавьте e-mail, телефон, external_id, fbc или fbp.</translation>
    </message>
    <message>
        <source>Meta refused the event&apos;s time.</source>
        <translation>Meta не приняла время события.</translation>
    </message>
    <message>
        <source>event_time must be Unix seconds, not in the future, and at most 7 days old (62 for physical_store).</source>
        <translation>event_time должен быть в секундах Unix, не в будущем и не старше 7 дней (62 для physical_store).</translation>
    </message>
    <message>
        <source>Send the time of the conversion in seconds, within the allowed window.</source>
        <translation>Отправьте время конверсии в секундах в пределах допустимого срока.</translation>
    </message>
    <message>
        <source>Meta refused the currency or value.</source>
        <translation>Meta не приняла валюту или сумму.</translation>
    </message>
    <message>
        <source>A Purchase needs a numeric value and an ISO 4217 currency code.</source>
        <translation>Событию Purchase нужны числовая сумма value и код валюты по ISO 4217.</translation>
    </message>
    <message>
        <source>Send value as a number (49.90) and currency as a code (USD, EUR, RUB).</source>
        <translation>Отправляйте value числом (49.90), а currency — кодом (USD, EUR, RUB).</translation>
    </message>
    <message>
        <source>Meta wants the data processing options settled.</source>
        <translation>Meta требует указать параметры обработки данных.</translation>
    </message>
    <message>
        <source>data_processing_options is missing or inconsistent for this event.</source>
        <translation>У этого события нет data_processing_options, или они противоречивы.</translation>
    </message>
    <message>
        <source>Send data_processing_options as [] or as [&quot;LDU&quot;] with its country and state.</source>
        <translation>Отправьте data_processing_options как [] или как [&quot;LDU&quot;] со страной и штатом.</translation>
    </message>
    <message>
        <source>Meta refused a parameter of the request.</source>
        <translation>Meta не приняла параметр запроса.</translation>
    </message>
    <message>
        <source>One invalid event rejects the whole batch; Meta&apos;s message names the parameter.</source>
        <translation>Одно неверное событие отклоняет весь пакет; параметр назван в сообщении Meta.</translation>
    </message>
    <message>
        <source>Read Meta&apos;s message below, correct that field (Validate helps), and send again.</source>
        <translation>Прочитайте сообщение Meta ниже, исправьте это поле (поможет «Проверить») и отправьте снова.</translation>
    </message>
    <message>
        <source>Too many requests: Meta is limiting this app or account.</source>
        <translation>Слишком много запросов: Meta ограничивает это приложение или аккаунт.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the events; they were not recorded this time.</source>
        <translation>С событиями всё в порядке, но в этот раз они не записаны.</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again; send events in batches, not one by one.</source>
        <translation>Подождите несколько минут и отправьте снова; отправляйте события пакетами, а не по одному.</translation>
    </message>
    <message>
        <source>Meta had a temporary problem.</source>
        <translation>У Meta временная неполадка.</translation>
    </message>
    <message>
        <source>The error is on Meta&apos;s side and usually passes.</source>
        <translation>Ошибка на стороне Meta и обычно проходит сама.</translation>
    </message>
    <message>
        <source>Send again in a minute; if it persists, quote the trace ID to Meta.</source>
        <translation>Отправьте снова через минуту; если ошибка повторяется, сообщите Meta trace ID.</translation>
    </message>
    <message>
        <source>Meta refused the request.</source>
        <translation>Meta отклонила запрос.</translation>
    </message>
    <message>
        <source>This error is not one the workbench knows; Meta&apos;s own words are below.</source>
        <translation>Программе эта ошибка не знакома; ниже — сообщение самой Meta.</translation>
    </message>
    <message>
        <source>Read Meta&apos;s message, and quote the trace ID to Meta&apos;s support if needed.</source>
        <translation>Прочитайте сообщение Meta и при необходимости сообщите trace ID поддержке Meta.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Waiting for partner</source>
        <translation>Ждём партнёра</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Исправлен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Нерабочий</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправленный</translation>
    </message>
    <message>
        <source>Reference click</source>
        <translation>Эталонный клик</translation>
    </message>
    <message>
        <source>Test callback</source>
        <translation>Тестовый постбек</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Утверждённый шаблон</translation>
    </message>
    <message>
        <source>Partner&apos;s confirmation</source>
        <translation>Подтверждение партнёра</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Click exists</source>
        <translation>Клик есть</translation>
    </message>
    <message>
        <source>Event recorded</source>
        <translation>Событие записано</translation>
    </message>
    <message>
        <source>Callback sent</source>
        <translation>Постбек отправлен</translation>
    </message>
    <message>
        <source>Template matches</source>
        <translation>Шаблон совпадает</translation>
    </message>
    <message>
        <source>Partner confirmed</source>
        <translation>Партнёр подтвердил</translation>
    </message>
    <message>
        <source>A fresh click carries a click ID that reached the offer (a reference click).</source>
        <translation>Свежий клик с click ID, который дошёл до оффера (эталонный клик).</translation>
    </message>
    <message>
        <source>The tracker or CRM recorded the conversion and tried to send the callback.</source>
        <translation>Трекер или CRM записали конверсию и попытались отправить постбек.</translation>
    </message>
    <message>
        <source>The callback went out and the partner answered (a replayed exchange).</source>
        <translation>Постбек ушёл, и партнёр ответил (обмен из «Повтора»).</translation>
    </message>
    <message>
        <source>The callback matches the partner&apos;s approved template, parameter by parameter.</source>
        <translation>Постбек совпадает с утверждённым шаблоном партнёра параметр за параметром.</translation>
    </message>
    <message>
        <source>The partner sees the conversion in their report (their confirmation).</source>
        <translation>Партнёр видит конверсию в своём отчёте (его подтверждение).</translation>
    </message>
</context>
<context>
    <name>CatchAnswerText</name>
    <message>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубль</translation>
    </message>
    <message>
        <source>unknown click ID</source>
        <translation>неизвестный click ID</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>неверный токен</translation>
    </message>
    <message>
        <source>OK, plain text</source>
        <translation>OK, простой текст</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Без содержимого</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>success, queued</source>
        <translation>успех, в очереди</translation>
    </message>
</context>
<context>
    <name>CatchCertificateText</name>
    <message>
        <source>%1: the certificate cannot be read.</source>
        <translation>%1: сертификат не читается.</translation>
    </message>
    <message>
        <source>%1: no PEM certificate in it.</source>
        <translation>%1: в файле нет сертификата PEM.</translation>
    </message>
    <message>
        <source>%1: the private key cannot be read.</source>
        <translation>%1: закрытый ключ не читается.</translation>
    </message>
    <message>
        <source>%1: no unencrypted PEM private key (RSA or EC) in it.</source>
        <translation>%1: в файле нет незашифрованного закрытого ключа PEM (RSA или EC).</translation>
    </message>
    <message>
        <source>%1: the certificate expired on %2.</source>
        <translation>%1: срок действия сертификата истёк %2.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made.</source>
        <translation>%1: папку не удаётся создать.</translation>
    </message>
    <message>
        <source>The openssl program is not installed: give a certificate and key instead.</source>
        <translation>Программа openssl не установлена: укажите свои сертификат и ключ.</translation>
    </message>
    <message>
        <source>openssl could not make a certificate: %1</source>
        <translation>openssl не смог создать сертификат: %1</translation>
    </message>
</context>
<context>
    <name>CatchCheckText</name>
    <message>
        <source>The tracker sent nothing from %1 on (%2): the URL it fires ends early. A &apos;#&apos; in the tracker&apos;s postback cuts everything after it before it is sent.</source>
        <translation>Трекер не прислал ничего начиная с %1 (%2): URL, который он отправляет, обрывается раньше. Символ «#» в постбеке трекера отрезает всё после себя ещё до отправки.</translation>
    </message>
    <message>
        <source>Look in the tracker&apos;s postback for a &apos;#&apos; (or a line break) before %1; write a literal &apos;#&apos; in a value as %2.</source>
        <translation>Найдите в постбеке трекера «#» (или перевод строки) перед %1; символ «#» внутри значения пишите как %2.</translation>
    </message>
    <message>
        <source>✓ Matches the partner&apos;s template</source>
        <translation>✓ Совпадает с шаблоном партнёра</translation>
    </message>
    <message>
        <source>✓ No problem found in the callback</source>
        <translation>✓ В постбеке проблем не найдено</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n problem(s): %1</source>
        <translation>
            <numerusform>✗ %n проблема: %1</numerusform>
            <numerusform>✗ %n проблемы: %1</numerusform>
            <numerusform>✗ %n проблем: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchWords</name>
    <message>
        <source>outside the secret path (404)</source>
        <translation>вне секретного пути (404)</translation>
    </message>
    <message>
        <source>too large (413, 431)</source>
        <translation>слишком большие (413, 431)</translation>
    </message>
    <message>
        <source>not a readable HTTP request (400)</source>
        <translation>не читаемый HTTP-запрос (400)</translation>
    </message>
    <message>
        <source>over the limit a minute (429)</source>
        <translation>сверх лимита в минуту (429)</translation>
    </message>
    <message>
        <source>too slow (408)</source>
        <translation>слишком медленные (408)</translation>
    </message>
    <message>
        <source>too many connections at once</source>
        <translation>слишком много соединений сразу</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-рукопожатие не удалось</translation>
    </message>
</context>
<context>
    <name>CatcherWords</name>
    <message>
        <source>HTTPS cannot be offered: this system&apos;s Qt has no TLS backend.</source>
        <translation>HTTPS недоступен: у Qt в этой системе нет TLS-бэкенда.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Не удаётся слушать %1, порт %2: %3</translation>
    </message>
</context>
<context>
    <name>CheckerText</name>
    <message>
        <source>No click ID parameter was found (names known: %1). If the partner matches conversions by click ID, it cannot match this one.</source>
        <translation>Параметр с click ID не найден (известные имена: %1). Если партнёр сопоставляет конверсии по click ID, эту он сопоставить не сможет.</translation>
    </message>
    <message>
        <source>Check the partner&apos;s template for the name of its click ID parameter.</source>
        <translation>Посмотрите в шаблоне партнёра, как называется параметр с click ID.</translation>
    </message>
    <message>
        <source>This does not read as a callback URL: there is no host name.</source>
        <translation>Это не похоже на URL постбека: в нём нет имени хоста.</translation>
    </message>
    <message>
        <source>Paste the whole callback, starting with https://.</source>
        <translation>Вставьте постбек целиком, начиная с https://.</translation>
    </message>
    <message>
        <source>The host name still holds the macro %1: the request cannot reach the partner.</source>
        <translation>В имени хоста остался макрос %1: запрос не дойдёт до партнёра.</translation>
    </message>
    <message>
        <source>Put the partner&apos;s real domain in the template.</source>
        <translation>Укажите в шаблоне настоящий домен партнёра.</translation>
    </message>
    <message>
        <source>The callback is sent over plain http: anyone on the way can read its values and tokens, and some partners accept only https.</source>
        <translation>Постбек отправляется по обычному http: его значения и токены видны всем по пути, а некоторые партнёры принимают только https.</translation>
    </message>
    <message>
        <source>Use https:// if the partner supports it.</source>
        <translation>Используйте https://, если партнёр его поддерживает.</translation>
    </message>
    <message>
        <source>The host %1 is this computer: the partner never receives this callback.</source>
        <translation>Хост %1 — это ваш компьютер: партнёр этот постбек не получит.</translation>
    </message>
    <message>
        <source>Fine for a test; use the partner&apos;s domain for the real callback.</source>
        <translation>Для теста подходит; для настоящего постбека укажите домен партнёра.</translation>
    </message>
    <message>
        <source>The host is an IP address (%1): if the partner moves its server, the callback breaks, and https certificates rarely cover an IP.</source>
        <translation>Хост указан IP-адресом (%1): если партнёр переедет на другой сервер, постбек сломается, а https-сертификаты редко выдаются на IP.</translation>
    </message>
    <message>
        <source>Prefer the partner&apos;s domain name.</source>
        <translation>Лучше используйте доменное имя партнёра.</translation>
    </message>
    <message>
        <source>The path still holds %1: the macro was never replaced, so the partner receives a path it does not know.</source>
        <translation>В пути остался %1: макрос не был заменён, и партнёр получает незнакомый ему путь.</translation>
    </message>
    <message>
        <source>Put the real value (for Keitaro, the postback key) in the path.</source>
        <translation>Подставьте в путь настоящее значение (для Keitaro — ключ постбека).</translation>
    </message>
    <message>
        <source>A `#` at position %1 cuts the URL: everything after it (%2) is a fragment, which is never sent.</source>
        <translation>`#` в позиции %1 обрезает URL: всё после него (%2) считается фрагментом и не отправляется.</translation>
    </message>
    <message>
        <source>The partner receives %1 empty.</source>
        <translation>Партнёр получает %1 пустым.</translation>
    </message>
    <message>
        <source>The partner receives %1 as %2.</source>
        <translation>Партнёр получает %1 как %2.</translation>
    </message>
    <message>
        <source>Lost parameters: %1.</source>
        <translation>Потерянные параметры: %1.</translation>
    </message>
    <message>
        <source>%1 looks like a macro that was never replaced.</source>
        <translation>%1 похоже на макрос, который не был заменён.</translation>
    </message>
    <message>
        <source>If `#name#` is a macro, your tracker did not replace it: use the macro syntax your tracker supports. If the value really contains `#`, send it as `%23`.</source>
        <translation>Если `#name#` — макрос, трекер его не заменил: используйте синтаксис макросов, который поддерживает ваш трекер. Если в значении действительно есть `#`, отправляйте его как `%23`.</translation>
    </message>
    <message>
        <source>%1 is empty: the partner receives no value for it.</source>
        <translation>%1 пустой: партнёр не получает для него значения.</translation>
    </message>
    <message>
        <source>Check that the click reached the offer with its click ID and that the tracker passes it to this macro.</source>
        <translation>Проверьте, что клик дошёл до оффера со своим click ID и что трекер подставляет его в этот макрос.</translation>
    </message>
    <message>
        <source>Check that the tracker has a value for this field when the conversion happens, or remove the parameter if the partner does not need it.</source>
        <translation>Проверьте, что в момент конверсии у трекера есть значение для этого поля, или уберите параметр, если партнёру он не нужен.</translation>
    </message>
    <message>
        <source>%1 is %2, a placeholder rather than a real value.</source>
        <translation>%1 = %2 — это заглушка, а не настоящее значение.</translation>
    </message>
    <message>
        <source>The tracker had no value for this field: check where the value should come from.</source>
        <translation>У трекера не было значения для этого поля: проверьте, откуда оно должно браться.</translation>
    </message>
    <message>
        <source>%1 still holds the template&apos;s placeholder word %2: nobody replaced it with a value.</source>
        <translation>В %1 осталось слово-заглушка из шаблона %2: его никто не заменил значением.</translation>
    </message>
    <message>
        <source>%1 holds the macro %2, never replaced: the partner receives the macro&apos;s name instead of a value.</source>
        <translation>В %1 остался макрос %2, он не был заменён: партнёр получает имя макроса вместо значения.</translation>
    </message>
    <message>
        <source>%1 holds the macro %2, percent-encoded (%3): it was encoded instead of being replaced, so the tracker does not know this macro.</source>
        <translation>В %1 остался макрос %2 в закодированном виде (%3): его закодировали вместо замены — трекер не знает такого макроса.</translation>
    </message>
    <message>
        <source>%1 holds the macro %2, encoded twice (%3): it was never replaced.</source>
        <translation>В %1 остался макрос %2, закодированный дважды (%3): он не был заменён.</translation>
    </message>
    <message>
        <source>Use a macro your tracker really fills in for this field (check its name, case and brackets in the tracker&apos;s list of macros), and make sure it has a value when the conversion happens.</source>
        <translation>Используйте макрос, который ваш трекер действительно заполняет для этого поля (сверьте имя, регистр и скобки со списком макросов трекера), и убедитесь, что в момент конверсии у него есть значение.</translation>
    </message>
    <message>
        <source>%1 is encoded twice: the partner decodes it once and reads %2, not %3.</source>
        <translation>%1 закодирован дважды: партнёр раскодирует один раз и прочитает %2, а не %3.</translation>
    </message>
    <message>
        <source>Encode the value once: remove the extra encoding step, or use the tracker&apos;s raw-value macro (Keitaro: {_name}).</source>
        <translation>Кодируйте значение один раз: уберите лишний шаг кодирования или используйте макрос «сырого» значения (в Keitaro: {_name}).</translation>
    </message>
    <message>
        <source>The `+` in %1 may be read as a space by the partner (web forms encode spaces that way) or kept as a plus sign.</source>
        <translation>Партнёр может прочитать `+` в %1 как пробел (так веб-формы кодируют пробелы) или оставить плюсом.</translation>
    </message>
    <message>
        <source>Send `%2B` for a plus sign and `%20` for a space, so there is only one reading.</source>
        <translation>Отправляйте `%2B` для плюса и `%20` для пробела, чтобы прочтение было одно.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>%1 contains %2 written unencoded: it is not allowed in a URL, so it is sent percent-encoded and some partners or proxies read it differently or cut the URL there.</source>
        <translation>В %1 есть незакодированный символ (%2): в URL он недопустим, поэтому отправляется в закодированном виде, а некоторые партнёры и прокси читают его иначе или обрезают на нём URL.</translation>
    </message>
    <message>
        <source>Percent-encode the value (a space as %20, a quote as %22).</source>
        <translation>Закодируйте значение (пробел как %20, кавычку как %22).</translation>
    </message>
    <message>
        <source>%1 contains characters outside ASCII (%2) written unencoded: they are sent as UTF-8 escapes, and a partner that expects another encoding reads them wrongly.</source>
        <translation>В %1 есть незакодированные символы вне ASCII (%2): они отправляются в кодировке UTF-8, и партнёр, ожидающий другую кодировку, прочитает их неверно.</translation>
    </message>
    <message>
        <source>Check that the partner expects UTF-8; percent-encode the value in the template.</source>
        <translation>Уточните, ожидает ли партнёр UTF-8; закодируйте значение в шаблоне.</translation>
    </message>
    <message>
        <source>Send a plain number with a period for decimals, e.g. 12.50; send the currency in its own parameter.</source>
        <translation>Отправляйте просто число с точкой в дробной части, например 12.50; валюту — отдельным параметром.</translation>
    </message>
    <message>
        <source>Send %1.</source>
        <translation>Отправляйте %1.</translation>
    </message>
    <message>
        <source>The payout in %1 is blank: partners then record 0 or reject the conversion.</source>
        <translation>Выплата в %1 пустая: партнёры тогда записывают 0 или отклоняют конверсию.</translation>
    </message>
    <message>
        <source>The payout in %1 has spaces around it.</source>
        <translation>У выплаты в %1 есть пробелы по краям.</translation>
    </message>
    <message>
        <source>The payout in %1 is negative (%2): most partners reject it or record a refund.</source>
        <translation>Выплата в %1 отрицательная (%2): большинство партнёров её отклоняют или записывают возврат.</translation>
    </message>
    <message>
        <source>The payout in %1 (%2) contains a currency: partners expect a plain number.</source>
        <translation>Выплата в %1 (%2) содержит валюту: партнёры ждут просто число.</translation>
    </message>
    <message>
        <source>The payout in %1 (%2) uses a comma: Everflow accepts it, most other partners need a period and read this as a wrong number or 0.</source>
        <translation>Выплата в %1 (%2) записана через запятую: Everflow это принимает, а большинству других партнёров нужна точка — они прочитают неверное число или 0.</translation>
    </message>
    <message>
        <source>The payout in %1 (%2) is not a number.</source>
        <translation>Выплата в %1 (%2) — не число.</translation>
    </message>
    <message>
        <source>The click ID %1 contains spaces (%2): the partner will not find such a click.</source>
        <translation>В click ID %1 есть пробелы (%2): партнёр не найдёт такой клик.</translation>
    </message>
    <message>
        <source>Send the click ID exactly as the partner gave it, without spaces.</source>
        <translation>Отправляйте click ID ровно таким, каким его выдал партнёр, без пробелов.</translation>
    </message>
    <message numerus="yes">
        <source>The click ID %1 is only %n character(s) long (%2): real click IDs are longer, so this is probably a test value or a cut one.</source>
        <translation>
            <numerusform>Click ID %1 длиной всего %n символ (%2): настоящие click ID длиннее, так что это, скорее всего, тестовое или обрезанное значение.</numerusform>
            <numerusform>Click ID %1 длиной всего %n символа (%2): настоящие click ID длиннее, так что это, скорее всего, тестовое или обрезанное значение.</numerusform>
            <numerusform>Click ID %1 длиной всего %n символов (%2): настоящие click ID длиннее, так что это, скорее всего, тестовое или обрезанное значение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a click ID from a fresh real click (or a controlled QA click).</source>
        <translation>Возьмите click ID из свежего настоящего клика (или контрольного тестового клика).</translation>
    </message>
    <message>
        <source>The click ID %1 contains %2, which click IDs do not usually contain: check that it was not changed on the way.</source>
        <translation>В click ID %1 есть %2, чего в click ID обычно не бывает: проверьте, не изменился ли он по пути.</translation>
    </message>
    <message>
        <source>Compare it with the click ID the partner&apos;s click URL carried.</source>
        <translation>Сравните его с click ID, который был в ссылке клика партнёра.</translation>
    </message>
    <message>
        <source>The click ID %1 (%2) does not look like a %3 click ID (%4).</source>
        <translation>Click ID %1 (%2) не похож на click ID %3 (%4).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Check that the right macro fills this parameter: another ID (an order number, a sub-ID) is often sent in its place.</source>
        <translation>Проверьте, что параметр заполняет нужный макрос: вместо click ID часто уходит другой идентификатор (номер заказа, sub ID).</translation>
    </message>
    <message>
        <source>Keep one %1 with the right value.</source>
        <translation>Оставьте один %1 с правильным значением.</translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n time(s) (%2): partners read only one of them, some the first, some the last.</source>
        <translation>
            <numerusform>%1 встречается %n раз (%2): партнёры читают только одно значение — кто первое, кто последнее.</numerusform>
            <numerusform>%1 встречается %n раза (%2): партнёры читают только одно значение — кто первое, кто последнее.</numerusform>
            <numerusform>%1 встречается %n раз (%2): партнёры читают только одно значение — кто первое, кто последнее.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClickIds</name>
    <message>
        <source>click ID</source>
        <translation>click ID</translation>
    </message>
    <message>
        <source>tracker click ID</source>
        <translation>click ID трекера</translation>
    </message>
    <message>
        <source>sub-ID</source>
        <translation>sub ID</translation>
    </message>
    <message>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <source>%1 holds the macro %2, not a value: the tracker or ad platform did not fill it in.</source>
        <translation>В %1 макрос %2, а не значение: трекер или рекламная платформа его не подставили.</translation>
    </message>
    <message numerus="yes">
        <source>%1 looks truncated: %n character(s), a %2 one has at least %3.</source>
        <translation>
            <numerusform>%1, похоже, обрезан: %n символ, а у %2 их не меньше %3.</numerusform>
            <numerusform>%1, похоже, обрезан: %n символа, а у %2 их не меньше %3.</numerusform>
            <numerusform>%1, похоже, обрезан: %n символов, а у %2 их не меньше %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than a %2 one: %n character(s).</source>
        <translation>
            <numerusform>%1 длиннее, чем у %2: %n символ.</numerusform>
            <numerusform>%1 длиннее, чем у %2: %n символа.</numerusform>
            <numerusform>%1 длиннее, чем у %2: %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not start the way a %2 one does (%3).</source>
        <translation>%1 начинается не так, как у %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has characters a %2 one never has: expected %3.</source>
        <translation>В %1 есть символы, которых у %2 не бывает: ожидается %3.</translation>
    </message>
    <message>
        <source>in the query</source>
        <translation>в параметрах URL</translation>
    </message>
    <message>
        <source>in the fragment (after #)</source>
        <translation>во фрагменте (после #)</translation>
    </message>
    <message>
        <source>in the URL inside %1</source>
        <translation>в адресе внутри %1</translation>
    </message>
    <message>
        <source>any platform</source>
        <translation>любая платформа</translation>
    </message>
</context>
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
    <name>DiffText</name>
    <message>
        <source>same</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
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
    <message>
        <source>TLS: the handshake did not complete</source>
        <translation>TLS: рукопожатие не завершилось</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>HopWords</name>
    <message>
        <source>Redirect to %1</source>
        <translation>Редирект на %1</translation>
    </message>
    <message>
        <source>A hop of the click&apos;s way: the server answered %1 and sent the browser on (%2). A redirect is how a click travels; it is not an error.</source>
        <translation>Шаг на пути клика: сервер ответил %1 и отправил браузер дальше (%2). Редирект — обычный путь клика, а не ошибка.</translation>
    </message>
    <message>
        <source>Reached: the page answered %1</source>
        <translation>Дошёл: страница ответила %1</translation>
    </message>
    <message>
        <source>The click&apos;s way ends here: the page answered %1, so the click reached it.</source>
        <translation>Здесь путь клика заканчивается: страница ответила %1, значит, клик до неё дошёл.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>Файл слишком большой для импорта.</translation>
    </message>
    <message>
        <source>The file is not JSON, or it is cut short.</source>
        <translation>Файл не в формате JSON или обрезан.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a Postback Workbench case file.</source>
        <translation>Файл в формате JSON, но это не файл кейса Postback Workbench.</translation>
    </message>
    <message>
        <source>The case file was written by a newer version of Postback Workbench; update it to open the file.</source>
        <translation>Файл кейса записан более новой версией Postback Workbench; обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The case file is damaged: a field has the wrong type or value.</source>
        <translation>Файл кейса повреждён: у поля неверный тип или значение.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a HAR file (no log.entries).</source>
        <translation>Файл в формате JSON, но это не HAR (нет log.entries).</translation>
    </message>
    <message>
        <source>The file holds no request to import.</source>
        <translation>В файле нет запросов для импорта.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>version %1; this program reads up to %2</source>
        <translation>версия %1; эта программа читает до версии %2</translation>
    </message>
    <message>
        <source>The file is JSON, but neither a Postback Workbench case file nor a HAR file.</source>
        <translation>Файл в формате JSON, но это не файл кейса Postback Workbench и не HAR-файл.</translation>
    </message>
    <message>
        <source>No entry of the HAR file is a request that can be imported.</source>
        <translation>В HAR-файле нет ни одной записи с запросом, который можно импортировать.</translation>
    </message>
    <message>
        <source>A body or file in it is declared as base64 but is not valid base64.</source>
        <translation>Тело или файл в нём объявлены как base64, но это не корректный base64.</translation>
    </message>
    <message>
        <source>An attached file does not match its SHA-256 checksum: the file was changed or damaged.</source>
        <translation>Вложенный файл не совпадает со своей контрольной суммой SHA-256: файл изменён или повреждён.</translation>
    </message>
    <message>
        <source>A field in it is larger than this program imports.</source>
        <translation>Одно из полей слишком велико для импорта.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>на байте %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>вложенность глубже %1 уровней</translation>
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
    <message>
        <source>The header &quot;%1&quot; is given more than once. It can be sent only once: keep one, or join the values with a comma in one header (&quot;%1: one, two&quot;).</source>
        <translation>Заголовок «%1» указан больше одного раза. Отправить его можно только один раз: оставьте один или объедините значения через запятую в одном заголовке («%1: one, two»).</translation>
    </message>
</context>
<context>
    <name>LinkBuilder</name>
    <message>
        <source>In %1: %2, so that it stays part of the value.</source>
        <translation>В %1: %2, чтобы это осталось частью значения.</translation>
    </message>
</context>
<context>
    <name>NormalizationStep</name>
    <message>
        <source>removes spaces at both ends</source>
        <translation>убирает пробелы по краям</translation>
    </message>
    <message>
        <source>lower-cases</source>
        <translation>переводит в нижний регистр</translation>
    </message>
    <message>
        <source>upper-cases</source>
        <translation>переводит в верхний регистр</translation>
    </message>
    <message>
        <source>removes every space</source>
        <translation>убирает все пробелы</translation>
    </message>
    <message>
        <source>removes punctuation</source>
        <translation>убирает знаки препинания</translation>
    </message>
    <message>
        <source>keeps letters only</source>
        <translation>оставляет только буквы</translation>
    </message>
    <message>
        <source>keeps letters and digits only</source>
        <translation>оставляет только буквы и цифры</translation>
    </message>
    <message>
        <source>keeps digits only</source>
        <translation>оставляет только цифры</translation>
    </message>
    <message>
        <source>removes leading zeros</source>
        <translation>убирает ведущие нули</translation>
    </message>
    <message>
        <source>removes the international 00 prefix</source>
        <translation>убирает международный префикс 00</translation>
    </message>
    <message>
        <source>keeps the + before the country code (E.164)</source>
        <translation>оставляет + перед кодом страны (E.164)</translation>
    </message>
    <message>
        <source>removes the dots before @gmail.com</source>
        <translation>убирает точки перед @gmail.com</translation>
    </message>
    <message>
        <source>removes +tags before @gmail.com</source>
        <translation>убирает +метки перед @gmail.com</translation>
    </message>
    <message>
        <source>checks that it is an e-mail address</source>
        <translation>проверяет, что это адрес e-mail</translation>
    </message>
    <message>
        <source>checks the country code</source>
        <translation>проверяет код страны</translation>
    </message>
    <message>
        <source>writes the date as YYYYMMDD</source>
        <translation>записывает дату как YYYYMMDD</translation>
    </message>
    <message>
        <source>writes m or f</source>
        <translation>записывает m или f</translation>
    </message>
    <message>
        <source>turns a state&apos;s name into its code</source>
        <translation>заменяет название штата его кодом</translation>
    </message>
    <message>
        <source>turns a country&apos;s name into its two-letter code</source>
        <translation>заменяет название страны её двухбуквенным кодом</translation>
    </message>
    <message>
        <source>keeps the postcode before its dash</source>
        <translation>оставляет часть индекса до дефиса</translation>
    </message>
    <message>
        <source>keeps the first 5 characters of the postcode</source>
        <translation>оставляет первые 5 символов индекса</translation>
    </message>
    <message>
        <source>warns about non-Latin letters</source>
        <translation>предупреждает о нелатинских буквах</translation>
    </message>
    <message>
        <source>removes the 0 after the country code</source>
        <translation>убирает 0 после кода страны</translation>
    </message>
    <message>
        <source>removes digits and symbols, keeps spaces</source>
        <translation>убирает цифры и символы, оставляет пробелы</translation>
    </message>
    <message>
        <source>removes . and ~</source>
        <translation>убирает . и ~</translation>
    </message>
    <message>
        <source>removes +tags before the @ of any address</source>
        <translation>убирает +метки перед @ в любом адресе</translation>
    </message>
    <message>
        <source>removes dots and symbols before the @ of any address</source>
        <translation>убирает точки и символы перед @ в любом адресе</translation>
    </message>
    <message>
        <source>removes the phone&apos;s extension</source>
        <translation>убирает добавочный номер телефона</translation>
    </message>
    <message>
        <source>writes Chinese numbers without +86</source>
        <translation>записывает китайские номера без +86</translation>
    </message>
    <message>
        <source>warns when letters are dropped</source>
        <translation>предупреждает, когда буквы отбрасываются</translation>
    </message>
</context>
<context>
    <name>ParamTableText</name>
    <message>
        <source>characters</source>
        <translation>символов</translation>
    </message>
    <message>
        <source>hex characters (0-9, a-f)</source>
        <translation>шестнадцатеричных символов (0-9, a-f)</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>цифр</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>латинских букв и цифр</translation>
    </message>
    <message>
        <source>lower-case letters and digits</source>
        <translation>строчных латинских букв и цифр</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>латинских букв, цифр, «-» и «_»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>от %1 до %2 %3</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <translation>не меньше %1 %2</translation>
    </message>
</context>
<context>
    <name>Pbw</name>
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
        <translation>Отправить это тело в точности как написано.</translation>
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
        <source>Accept an invalid TLS certificate (recorded in the result).</source>
        <translation>Принять недействительный TLS-сертификат (это отмечается в результате).</translation>
    </message>
    <message>
        <source>Follow redirects (by default a 3xx is shown as the answer).</source>
        <translation>Следовать редиректам (по умолчанию ответ 3xx показывается как есть).</translation>
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
        <source>Send a callback exactly as typed and show the full answer.</source>
        <translation>Отправить постбек в точности как введён и показать полный ответ.</translation>
    </message>
    <message>
        <source>The callback URL, in single quotes.</source>
        <translation>URL постбека в одинарных кавычках.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than 4 MB; a callback is never that large.</source>
        <translation>Файл «%1» больше 4 МБ; постбек не бывает таким большим.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not read as a callback URL: there is no host name.</source>
        <translation>«%1» не похоже на URL постбека: в нём нет имени хоста.</translation>
    </message>
    <message>
        <source>Find what is wrong in a callback itself: macros left literal, a # that cuts the URL, empty values, encoding, payout and click ID format; with --template, match it against the partner&apos;s template.</source>
        <translation>Найти ошибки в самом постбеке: незаменённые макросы, «#», который обрезает URL, пустые значения, кодирование, формат выплаты и click ID; с --template — сверить с шаблоном партнёра.</translation>
    </message>
    <message>
        <source>The callback URL in single quotes, or @file (a URL, a raw request or a curl command).</source>
        <translation>URL постбека в одинарных кавычках или @файл (URL, «сырой» запрос или команда curl).</translation>
    </message>
    <message>
        <source>The partner&apos;s template (with macros), to match the callback against: a URL or @file.</source>
        <translation>Шаблон партнёра (с макросами), с которым сверить постбек: URL или @файл.</translation>
    </message>
    <message>
        <source>Propose a corrected callback: every change listed, values encoded once.</source>
        <translation>Предложить исправленный постбек: с перечнем всех изменений, значения закодированы один раз.</translation>
    </message>
    <message>
        <source>Compare two callbacks (failing and corrected, or template and real) part by part and parameter by parameter.</source>
        <translation>Сравнить два постбека (нерабочий и исправленный или шаблон и настоящий) по частям и по параметрам.</translation>
    </message>
    <message>
        <source>The first callback: a URL or @file.</source>
        <translation>Первый постбек: URL или @файл.</translation>
    </message>
    <message>
        <source>The second callback: a URL or @file.</source>
        <translation>Второй постбек: URL или @файл.</translation>
    </message>
    <message>
        <source>Give two callbacks to compare, each a URL in single quotes or @file.</source>
        <translation>Укажите два постбека для сравнения — URL в одинарных кавычках или @файл.</translation>
    </message>
    <message>
        <source>Exit 0 also when the answer cannot be judged (an empty 200): only the partner can confirm those.</source>
        <translation>Выходить с кодом 0 и тогда, когда по ответу ничего нельзя сказать (пустой 200): такое подтвердит только партнёр.</translation>
    </message>
    <message>
        <source>Your answer rules are not used: %1</source>
        <translation>Ваши правила ответов не используются: %1</translation>
    </message>
    <message>
        <source>The rules file &quot;%1&quot; cannot be read.</source>
        <translation>Не удалось прочитать файл правил «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule(s), no problems. Put it at %2 to use it.</source>
        <translation>
            <numerusform>%1: %n правило, ошибок нет. Чтобы оно работало, положите файл сюда: %2.</numerusform>
            <numerusform>%1: %n правила, ошибок нет. Чтобы они работали, положите файл сюда: %2.</numerusform>
            <numerusform>%1: %n правил, ошибок нет. Чтобы они работали, положите файл сюда: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); the program does not use a file with problems and keeps its built-in rules.</source>
        <translation>
            <numerusform>%1: %n ошибка; файл с ошибками программа не использует и работает со встроенными правилами.</numerusform>
            <numerusform>%1: %n ошибки; файл с ошибками программа не использует и работает со встроенными правилами.</numerusform>
            <numerusform>%1: %n ошибок; файл с ошибками программа не использует и работает со встроенными правилами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rules file: %1 (none yet)</source>
        <translation>Ваш файл правил: %1 (пока нет)</translation>
    </message>
    <message>
        <source>Your rules file: %1</source>
        <translation>Ваш файл правил: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your rules file: %1 — not used, %n problem(s); run &quot;pbw rules check&quot; on it.</source>
        <translation>
            <numerusform>Ваш файл правил: %1 — не используется, %n ошибка; проверьте его: «pbw rules check».</numerusform>
            <numerusform>Ваш файл правил: %1 — не используется, %n ошибки; проверьте его: «pbw rules check».</numerusform>
            <numerusform>Ваш файл правил: %1 — не используется, %n ошибок; проверьте его: «pbw rules check».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), tried in this order; the first that matches gives the verdict.</source>
        <translation>
            <numerusform>%n правило, проверяются по порядку; вердикт даёт первое подошедшее.</numerusform>
            <numerusform>%n правила, проверяются по порядку; вердикт даёт первое подошедшее.</numerusform>
            <numerusform>%n правил, проверяются по порядку; вердикт даёт первое подошедшее.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2  [%3]  %n exchange(s)  updated %4</source>
        <translation>
            <numerusform>#%1  %2  [%3]  %n обмен  изменено %4</numerusform>
            <numerusform>#%1  %2  [%3]  %n обмена  изменено %4</numerusform>
            <numerusform>#%1  %2  [%3]  %n обменов  изменено %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The case store to use (default: %1).</source>
        <translation>Какое хранилище кейсов использовать (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The partner or network.</source>
        <translation>Партнёр или партнёрская сеть.</translation>
    </message>
    <message>
        <source>The offer.</source>
        <translation>Оффер.</translation>
    </message>
    <message>
        <source>The tracker.</source>
        <translation>Трекер.</translation>
    </message>
    <message>
        <source>Case #%1 created: %2</source>
        <translation>Кейс №%1 создан: %2</translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation>Хранилище кейсов: %1</translation>
    </message>
    <message>
        <source>Save the exchange into this case (its number).</source>
        <translation>Сохранить обмен в этот кейс (его номер).</translation>
    </message>
    <message>
        <source>Its role in the case: failing, corrected, reference-click, test-callback or other (default other).</source>
        <translation>Его роль в кейсе: failing (нерабочий), corrected (исправленный), reference-click (эталонный клик), test-callback (тестовый постбек) или other (по умолчанию).</translation>
    </message>
    <message>
        <source>--role needs --case.</source>
        <translation>Для --role нужен --case.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use failing, corrected, reference-click, test-callback or other.</source>
        <translation>Неизвестная роль «%1»: используйте failing, corrected, reference-click, test-callback или other.</translation>
    </message>
    <message>
        <source>Saved as exchange %1 of case #%2 (%3).</source>
        <translation>Сохранено как обмен %1 кейса №%2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>Не удалось прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; attach a smaller file.</source>
        <translation>«%1» больше %2 МБ; приложите файл поменьше.</translation>
    </message>
    <message>
        <source>Use &quot;pbw case status ID open|waiting|fixed|closed&quot;.</source>
        <translation>Используйте «pbw case status ID open|waiting|fixed|closed».</translation>
    </message>
    <message>
        <source>Use &quot;pbw case edit ID --title T --partner P --offer O --tracker T&quot;.</source>
        <translation>Используйте «pbw case edit ID --title T --partner P --offer O --tracker T».</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>У кейса должно быть название.</translation>
    </message>
    <message>
        <source>Case #%1 updated: %2 [%3]</source>
        <translation>Кейс №%1 обновлён: %2 [%3]</translation>
    </message>
    <message>
        <source>Use &quot;pbw case attach ID FILE --kind template|confirmation|file [--title T]&quot; (FILE &quot;-&quot; reads pasted text from standard input).</source>
        <translation>Используйте «pbw case attach ID FILE --kind template|confirmation|file [--title T]» (FILE «-» читает вставленный текст со стандартного ввода).</translation>
    </message>
    <message>
        <source>Standard input is not text; attach it as a file instead.</source>
        <translation>На стандартном вводе не текст; приложите его как файл.</translation>
    </message>
    <message>
        <source>Attachment %1 added to case #%2: %3</source>
        <translation>Вложение %1 добавлено в кейс №%2: %3</translation>
    </message>
    <message>
        <source>Use &quot;pbw case check ID click|event|callback|template|partner [--exchange N | --note N | --attachment N] [--who NAME] [--undo]&quot;.</source>
        <translation>Используйте «pbw case check ID click|event|callback|template|partner [--exchange N | --note N | --attachment N] [--who NAME] [--undo]».</translation>
    </message>
    <message>
        <source>Case #%1: %2 ticked</source>
        <translation>Кейс №%1: %2 отмечен</translation>
    </message>
    <message>
        <source>Case #%1: %2 unticked</source>
        <translation>Кейс №%1: отметка %2 снята</translation>
    </message>
    <message>
        <source>The case&apos;s (or attachment&apos;s) title.</source>
        <translation>Название кейса (или вложения).</translation>
    </message>
    <message>
        <source>What is attached: template, confirmation or file (default).</source>
        <translation>Что прикладывается: template (шаблон), confirmation (подтверждение) или file (файл, по умолчанию).</translation>
    </message>
    <message>
        <source>Who ticks the layer (default: the user&apos;s login name).</source>
        <translation>Кто отмечает слой (по умолчанию — имя пользователя в системе).</translation>
    </message>
    <message>
        <source>Evidence: a note of the case; with role: the exchange&apos;s note.</source>
        <translation>Доказательство: заметка кейса; с role — заметка к обмену.</translation>
    </message>
    <message>
        <source>Evidence: an attachment of the case.</source>
        <translation>Доказательство: вложение кейса.</translation>
    </message>
    <message>
        <source>Untick the layer.</source>
        <translation>Снять отметку со слоя.</translation>
    </message>
    <message>
        <source>&quot;pbw case %1&quot; needs a number first: see &quot;pbw case --help&quot;.</source>
        <translation>«pbw case %1» ожидает сначала номер: см. «pbw case --help».</translation>
    </message>
    <message>
        <source>Use &quot;pbw case delete ID&quot;.</source>
        <translation>Используйте «pbw case delete ID».</translation>
    </message>
    <message>
        <source>Case #%1 deleted: %2</source>
        <translation>Кейс №%1 удалён: %2</translation>
    </message>
    <message>
        <source>Use &quot;pbw case note ID TEXT&quot; (&quot;-&quot; reads the note from standard input).</source>
        <translation>Используйте «pbw case note ID TEXT» («-» читает заметку со стандартного ввода).</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пустая.</translation>
    </message>
    <message>
        <source>Note %1 added to case #%2</source>
        <translation>Заметка %1 добавлена в кейс №%2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>evidence: exchange %1</source>
        <translation>доказательство: обмен %1</translation>
    </message>
    <message>
        <source>evidence: note %1</source>
        <translation>доказательство: заметка %1</translation>
    </message>
    <message>
        <source>evidence: attachment %1</source>
        <translation>доказательство: вложение %1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>Оффер: %1</translation>
    </message>
    <message>
        <source>Tracker: %1</source>
        <translation>Трекер: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Чек-лист:</translation>
    </message>
    <message>
        <source>Exchanges:</source>
        <translation>Обмены:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>No cases found.</source>
        <translation>Кейсы не найдены.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Что сделать (см. выше).</translation>
    </message>
    <message>
        <source>Use &quot;pbw case new TITLE&quot;.</source>
        <translation>Используйте «pbw case new TITLE».</translation>
    </message>
    <message>
        <source>Use &quot;pbw case list&quot; or &quot;pbw case search WORDS&quot;.</source>
        <translation>Используйте «pbw case list» или «pbw case search WORDS».</translation>
    </message>
    <message>
        <source>Use &quot;pbw case show ID&quot;.</source>
        <translation>Используйте «pbw case show ID».</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: see &quot;pbw case --help&quot;.</source>
        <translation>Неизвестное действие «%1»: см. «pbw case --help».</translation>
    </message>
    <message>
        <source>Some secret values of the case could not be removed from the keychain: %1</source>
        <translation>Часть секретных значений кейса не удалось удалить из хранилища ключей: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Хранилище ключей не ответило за %1 с.</translation>
    </message>
    <message>
        <source>With --case: keep the values of tokens and credential headers in the OS keychain (keychain, the default) or not at all (drop). The case holds [redacted] either way.</source>
        <translation>С --case: хранить значения токенов и заголовков авторизации в системном хранилище ключей (keychain, по умолчанию) или не хранить вовсе (drop). В кейсе в любом случае будет [redacted].</translation>
    </message>
    <message>
        <source>--secrets needs --case.</source>
        <translation>--secrets работает только вместе с --case.</translation>
    </message>
    <message>
        <source>Unknown --secrets &quot;%1&quot;: use keychain or drop.</source>
        <translation>Неизвестное значение --secrets «%1»: укажите keychain или drop.</translation>
    </message>
    <message>
        <source>%1 Secret values are not kept: the case holds [redacted].</source>
        <translation>%1 Секретные значения не сохраняются: в кейсе будет [redacted].</translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) kept in the keychain; the case holds [redacted].</source>
        <translation>
            <numerusform>%n секретное значение сохранено в хранилище ключей; в кейсе — [redacted].</numerusform>
            <numerusform>%n секретных значения сохранены в хранилище ключей; в кейсе — [redacted].</numerusform>
            <numerusform>%n секретных значений сохранено в хранилище ключей; в кейсе — [redacted].</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The case holds [redacted]: type the value again when you resend.</source>
        <translation>%1 В кейсе осталось [redacted]: при повторной отправке введите значение заново.</translation>
    </message>
    <message>
        <source>export: case (default), har, html, pdf or curl.</source>
        <translation>export: case (по умолчанию), har, html, pdf или curl.</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output).</source>
        <translation>export: файл для записи (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <source>export: put the tokens and passwords kept in the keychain back in, instead of [redacted].</source>
        <translation>export: вернуть токены и пароли, сохранённые в хранилище ключей, вместо [redacted].</translation>
    </message>
    <message>
        <source>export: also replace this value wherever it appears (repeatable).</source>
        <translation>export: заменить и это значение везде, где оно встречается (можно повторять).</translation>
    </message>
    <message>
        <source>import: add a HAR&apos;s requests to this case instead of a new one.</source>
        <translation>import: добавить запросы из HAR в этот кейс, а не в новый.</translation>
    </message>
    <message>
        <source>import: the role of the HAR&apos;s requests (default other).</source>
        <translation>import: роль запросов из HAR (по умолчанию other).</translation>
    </message>
    <message>
        <source>import: which of the HAR&apos;s requests, like 1,3-5 (default all).</source>
        <translation>import: какие запросы из HAR, например 1,3-5 (по умолчанию все).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>Use &quot;pbw case export ID --format case|har|html|pdf|curl [-o FILE]&quot;.</source>
        <translation>Используйте «pbw case export ID --format case|har|html|pdf|curl [-o ФАЙЛ]».</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use case, har, html, pdf or curl.</source>
        <translation>Неизвестный формат «%1»: укажите case, har, html, pdf или curl.</translation>
    </message>
    <message>
        <source>Not redacted: the export holds the tokens and passwords the keychain kept. Send it to no one you would not give them to.</source>
        <translation>Секреты не скрыты: в экспорте есть токены и пароли из хранилища ключей. Не отправляйте его тем, кому не доверили бы их.</translation>
    </message>
    <message>
        <source>Case #%1 exported to %2 (%3).</source>
        <translation>Кейс №%1 экспортирован в %2 (%3).</translation>
    </message>
    <message>
        <source>Use &quot;pbw case import FILE [--into ID]&quot;.</source>
        <translation>Используйте «pbw case import ФАЙЛ [--into ID]».</translation>
    </message>
    <message>
        <source>A case file becomes a case of its own; --into is for HAR files.</source>
        <translation>Файл кейса становится отдельным кейсом; --into — для файлов HAR.</translation>
    </message>
    <message>
        <source>Case #%1 imported: %2 (%3 exchanges).</source>
        <translation>Кейс №%1 импортирован: %2 (обменов: %3).</translation>
    </message>
    <message>
        <source>--entries takes numbers from 1 to %1, like 1,3-5.</source>
        <translation>--entries принимает номера от 1 до %1, например 1,3-5.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Неизвестная роль «%1».</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импорт из %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) imported into case #%1.</source>
        <translation>
            <numerusform>%n обмен импортирован в кейс №%1.</numerusform>
            <numerusform>%n обмена импортированы в кейс №%1.</numerusform>
            <numerusform>%n обменов импортировано в кейс №%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) were not in the keychain and stay [redacted].</source>
        <translation>
            <numerusform>%n секретного значения не было в хранилище ключей, оно остаётся [redacted].</numerusform>
            <numerusform>%n секретных значений не было в хранилище ключей, они остаются [redacted].</numerusform>
            <numerusform>%n секретных значений не было в хранилище ключей, они остаются [redacted].</numerusform>
        </translation>
    </message>
    <message>
        <source>Redacted: %1 removed when saved, %2 found now, %3 marked by you.</source>
        <translation>Скрыто: %1 — удалены при сохранении, %2 — найдены сейчас, %3 — отмечены вами.</translation>
    </message>
    <message>
        <source>A PDF needs a file: add -o FILE.pdf.</source>
        <translation>PDF нужно записать в файл: добавьте -o ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: see &quot;pbw capi --help&quot;.</source>
        <translation>Неизвестное действие «%1»: см. «pbw capi --help».</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi hash FIELD VALUE...&quot;.</source>
        <translation>Используйте «pbw capi hash ПОЛЕ ЗНАЧЕНИЕ...».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>normalized: %1</source>
        <translation>нормализовано: %1</translation>
    </message>
    <message>
        <source>not hashed: Meta takes this key as it is</source>
        <translation>не хешируется: Meta принимает этот ключ как есть</translation>
    </message>
    <message>
        <source>already a SHA-256: %1</source>
        <translation>уже SHA-256: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>Meta&apos;s key: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id…</source>
        <translation>Ключ Meta: em, ph, fn, ln, ge, db, ct, st, zp, country, external_id…</translation>
    </message>
    <message>
        <source>One or more values.</source>
        <translation>Одно или несколько значений.</translation>
    </message>
    <message>
        <source>Check Conversions API events before sending them.</source>
        <translation>Проверить события Conversions API до отправки.</translation>
    </message>
    <message>
        <source>A JSON file: {&quot;data&quot;: [event, …]}, an event, or an array of events; - reads standard input.</source>
        <translation>Файл JSON: {&quot;data&quot;: [событие, …]}, событие или массив событий; - читает стандартный ввод.</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi validate EVENTS.json&quot;.</source>
        <translation>Используйте «pbw capi validate СОБЫТИЯ.json».</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 64 MB; Meta takes at most 1,000 events per request.</source>
        <translation>«%1» больше 64 МБ; Meta принимает не больше 1000 событий в запросе.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): Meta would reject the request.</source>
        <translation>
            <numerusform>%n ошибка: Meta отклонила бы запрос.</numerusform>
            <numerusform>%n ошибки: Meta отклонила бы запрос.</numerusform>
            <numerusform>%n ошибок: Meta отклонила бы запрос.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors in %n event(s); the warnings above may cost matches.</source>
        <translation>
            <numerusform>В %n событии ошибок нет; из-за предупреждений выше совпадений может быть меньше.</numerusform>
            <numerusform>В %n событиях ошибок нет; из-за предупреждений выше совпадений может быть меньше.</numerusform>
            <numerusform>В %n событиях ошибок нет; из-за предупреждений выше совпадений может быть меньше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked: no problems found.</source>
        <translation>
            <numerusform>Проверено %n событие: проблем нет.</numerusform>
            <numerusform>Проверено %n события: проблем нет.</numerusform>
            <numerusform>Проверено %n событий: проблем нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pixel (dataset) ID, as Events Manager shows it.</source>
        <translation>ID пикселя (набора данных), как в Events Manager.</translation>
    </message>
    <message>
        <source>--token-stdin was given, but standard input held no token.</source>
        <translation>Указан --token-stdin, но на стандартном вводе нет маркера.</translation>
    </message>
    <message>
        <source>No access token is kept for pixel %1: run &quot;pbw capi token set --pixel %1&quot; (it reads the token from standard input), or pass it with --token-stdin or PBW_CAPI_TOKEN.</source>
        <translation>Для пикселя %1 маркер доступа не сохранён: выполните «pbw capi token set --pixel %1» (маркер читается со стандартного ввода) или передайте его через --token-stdin или PBW_CAPI_TOKEN.</translation>
    </message>
    <message>
        <source>%1 Pass the token with --token-stdin or PBW_CAPI_TOKEN.</source>
        <translation>%1 Передайте маркер через --token-stdin или PBW_CAPI_TOKEN.</translation>
    </message>
    <message>
        <source>Test event code from Events Manager → Test Events: the events show there.</source>
        <translation>Код тестового события из Events Manager → «Тестирование событий»: события появятся там.</translation>
    </message>
    <message>
        <source>Graph API address (default %1).</source>
        <translation>Адрес Graph API (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Graph API version (default %1).</source>
        <translation>Версия Graph API (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Read the access token from standard input (otherwise PBW_CAPI_TOKEN, then the keychain).</source>
        <translation>Прочитать маркер доступа со стандартного ввода (иначе PBW_CAPI_TOKEN, затем хранилище ключей).</translation>
    </message>
    <message>
        <source>A JSON file of events; - reads standard input.</source>
        <translation>Файл JSON с событиями; - читает стандартный ввод.</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi send EVENTS.json --pixel ID&quot;.</source>
        <translation>Используйте «pbw capi send СОБЫТИЯ.json --pixel ID».</translation>
    </message>
    <message>
        <source>Standard input cannot carry both the events and the token.</source>
        <translation>Через стандартный ввод нельзя передать одновременно и события, и маркер.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the errors above first.</source>
        <translation>Ничего не отправлено: сначала исправьте ошибки выше.</translation>
    </message>
    <message>
        <source>Saved as exchange %1 of case #%2 (test-callback).</source>
        <translation>Сохранено как обмен %1 кейса №%2 (test-callback).</translation>
    </message>
    <message numerus="yes">
        <source>POST %1 — %n event(s)</source>
        <translation>
            <numerusform>POST %1 — %n событие</numerusform>
            <numerusform>POST %1 — %n события</numerusform>
            <numerusform>POST %1 — %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Keep a pixel&apos;s access token (or, with --app-secret, its app secret) in the OS keychain, or remove it. &quot;set&quot; reads the value from standard input, so it never shows in the process list.</source>
        <translation>Сохранить маркер доступа пикселя (или, с --app-secret, секрет приложения) в хранилище ключей ОС или удалить его. «set» читает значение со стандартного ввода, поэтому оно не видно в списке процессов.</translation>
    </message>
    <message>
        <source>The app secret (for appsecret_proof) instead of the token.</source>
        <translation>Секрет приложения (для appsecret_proof) вместо маркера.</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi token set --pixel ID&quot; or &quot;pbw capi token clear --pixel ID&quot;.</source>
        <translation>Используйте «pbw capi token set --pixel ID» или «pbw capi token clear --pixel ID».</translation>
    </message>
    <message>
        <source>app secret</source>
        <translation>секрет приложения</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>маркер доступа</translation>
    </message>
    <message>
        <source>Standard input held no %1: pipe it in, or type it and press Ctrl+D.</source>
        <translation>На стандартном вводе нет значения (%1): передайте его через конвейер или введите и нажмите Ctrl+D.</translation>
    </message>
    <message>
        <source>The %1 of pixel %2 is kept in the keychain.</source>
        <translation>Пиксель %2: %1 сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>No %1 was kept for pixel %2.</source>
        <translation>Пиксель %2: %1 не был сохранён.</translation>
    </message>
    <message>
        <source>The %1 of pixel %2 is removed from the keychain.</source>
        <translation>Пиксель %2: %1 удалён из хранилища ключей.</translation>
    </message>
    <message>
        <source>Build fbc = fb.&lt;subdomain index&gt;.&lt;click time in ms&gt;.&lt;fbclid&gt; from an fbclid, or from the landing-page URL that carries ?fbclid=…; the fbclid is kept exactly as received.</source>
        <translation>Собрать fbc = fb.&lt;индекс поддомена&gt;.&lt;время клика в мс&gt;.&lt;fbclid&gt; из fbclid или из адреса лендинга с ?fbclid=…; fbclid сохраняется в точности как получен.</translation>
    </message>
    <message>
        <source>The fbclid, or the landing-page URL.</source>
        <translation>fbclid или адрес лендинга.</translation>
    </message>
    <message>
        <source>The click time: ISO 8601 (2026-11-30T10:15:00Z), Unix seconds or milliseconds (default now).</source>
        <translation>Время клика: ISO 8601 (2026-11-30T10:15:00Z), секунды или миллисекунды Unix (по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>Dots in the cookie&apos;s domain: example.com → 1 (default), www.example.com → 2.</source>
        <translation>Число точек в домене cookie: example.com → 1 (по умолчанию), www.example.com → 2.</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi fbc FBCLID|URL&quot;; put a URL in single quotes.</source>
        <translation>Используйте «pbw capi fbc FBCLID|URL»; адрес заключайте в одинарные кавычки.</translation>
    </message>
    <message>
        <source>--time &quot;%1&quot; is not a date and time: use 2026-11-30T10:15:00Z, Unix seconds or milliseconds.</source>
        <translation>--time «%1» — не дата и время: используйте 2026-11-30T10:15:00Z, секунды или миллисекунды Unix.</translation>
    </message>
    <message>
        <source>--subdomain-index needs a number from 0 to 9.</source>
        <translation>--subdomain-index требует число от 0 до 9.</translation>
    </message>
    <message>
        <source>Follow a click URL hop by hop (HTTP redirects, Refresh, meta refresh, JavaScript location changes — read, never run) and show where each click ID and tracking parameter appears, changes or is lost.
Exit status: 0 when the final page was reached with every click ID of the URL intact, 1 otherwise, 2 bad input.</source>
        <translation>Пройти по ссылке клика шаг за шагом (HTTP-редиректы, Refresh, meta refresh, переходы через JavaScript location — читаются, но не выполняются) и показать, где каждый click ID и трекинговый параметр появляется, меняется или теряется.
Код выхода: 0 — конечная страница достигнута и все click ID адреса целы, 1 — иначе, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>The click URL, in single quotes.</source>
        <translation>Ссылка клика, в одинарных кавычках.</translation>
    </message>
    <message>
        <source>User agent: a preset (%1; default chrome) or the header&apos;s value.</source>
        <translation>User agent: готовый вариант (%1; по умолчанию chrome) или значение заголовка.</translation>
    </message>
    <message>
        <source>Stop after this many hops (default 20).</source>
        <translation>Остановиться после стольких шагов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Give up on the whole trace after this many seconds (default 60).</source>
        <translation>Прервать всю проверку цепочки через столько секунд (по умолчанию 60).</translation>
    </message>
    <message>
        <source>Accept invalid TLS certificates (recorded in the hops).</source>
        <translation>Принимать недействительные сертификаты TLS (отмечается в шагах).</translation>
    </message>
    <message>
        <source>--ua needs a preset (%1) or a user agent.</source>
        <translation>--ua требует готовый вариант (%1) или user agent.</translation>
    </message>
    <message>
        <source>--max-hops needs a number from 1 to 100.</source>
        <translation>--max-hops требует число от 1 до 100.</translation>
    </message>
    <message>
        <source>List every click ID and tracking parameter in a URL — or in every URL of a text — with its platform, kind, decoded value and a check of its shape. Exit status: 0 when parameters were found and all look right, 1 when none was found or one looks wrong, 2 bad input.</source>
        <translation>Перечислить все click ID и трекинговые параметры в адресе — или во всех адресах текста — с платформой, типом, раскодированным значением и проверкой формата. Код выхода: 0 — параметры найдены и выглядят верно, 1 — не найдено ни одного или какой-то выглядит неверно, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>A URL in single quotes, or - to read text from standard input.</source>
        <translation>Адрес в одинарных кавычках или - для чтения текста со стандартного ввода.</translation>
    </message>
    <message>
        <source>Give one URL in single quotes, or - to read standard input.</source>
        <translation>Укажите один адрес в одинарных кавычках или - для чтения стандартного ввода.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Не удалось прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>The PDF helper %1 could not be started: %2</source>
        <translation>Не удалось запустить помощника для PDF %1: %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1, from the settings).</source>
        <translation>Прекратить ожидание через столько секунд (по умолчанию %1, из настроек).</translation>
    </message>
    <message>
        <source>none, system, http://host:port or socks5://host:port (default %1, from the settings).</source>
        <translation>none, system, http://хост:порт или socks5://хост:порт (по умолчанию %1, из настроек).</translation>
    </message>
    <message>
        <source>Keep at most this many bytes of the answer&apos;s body (default %1, from the settings).</source>
        <translation>Сохранять не больше стольких байт тела ответа (по умолчанию %1, из настроек).</translation>
    </message>
    <message>
        <source>none, system, http://host:port or socks5://host:port (default: the settings&apos; proxy).</source>
        <translation>none, system, http://хост:порт или socks5://хост:порт (по умолчанию — прокси из настроек).</translation>
    </message>
    <message>
        <source>--status must be an HTTP status from 100 to 599, not &quot;%1&quot;.</source>
        <translation>--status должен быть HTTP-статусом от 100 до 599, а не «%1».</translation>
    </message>
    <message>
        <source>The answer in &quot;%1&quot; is larger than 16 MB; save the part that matters.</source>
        <translation>Ответ в «%1» больше 16 МБ; сохраните только нужную часть.</translation>
    </message>
    <message numerus="yes">
        <source>Answer: HTTP %1, %2, %n byte(s)</source>
        <translation>
            <numerusform>Ответ: HTTP %1, %2, %n байт</numerusform>
            <numerusform>Ответ: HTTP %1, %2, %n байта</numerusform>
            <numerusform>Ответ: HTTP %1, %2, %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>без Content-Type</translation>
    </message>
    <message>
        <source>Answer rules: how pbw reads a partner&apos;s answer. &quot;check FILE&quot; validates a rules file; &quot;list&quot; shows the rules in use; &quot;explain FILE&quot; (or - for standard input) shows how an answer is read: its words, its outcome member, the concepts found and the rule that decided. The file holds the body, or the whole answer as curl -i prints it.</source>
        <translation>Правила ответов: как pbw читает ответ партнёра. «check ФАЙЛ» проверяет файл правил; «list» показывает действующие правила; «explain ФАЙЛ» (или - для стандартного ввода) показывает, как прочитан ответ: его слова, поле с итогом, найденные понятия и правило, которое вынесло вердикт. В файле — тело ответа или весь ответ, как его печатает curl -i.</translation>
    </message>
    <message>
        <source>check, list or explain</source>
        <translation>check, list или explain</translation>
    </message>
    <message>
        <source>The rules file to check, or the answer to explain (- for standard input).</source>
        <translation>Файл правил для проверки или ответ для разбора (- — стандартный ввод).</translation>
    </message>
    <message>
        <source>explain: the answer&apos;s HTTP status when the file holds the body only (default 200).</source>
        <translation>explain: HTTP-статус ответа, если в файле только тело (по умолчанию 200).</translation>
    </message>
    <message>
        <source>explain: the answer&apos;s Content-Type when the file holds the body only.</source>
        <translation>explain: Content-Type ответа, если в файле только тело.</translation>
    </message>
    <message>
        <source>Use &quot;pbw rules check FILE&quot;, &quot;pbw rules list&quot; or &quot;pbw rules explain FILE&quot; (- for standard input).</source>
        <translation>Используйте «pbw rules check ФАЙЛ», «pbw rules list» или «pbw rules explain ФАЙЛ» (- — стандартный ввод).</translation>
    </message>
    <message numerus="yes">
        <source>The answers repeated them %n time(s); removed there too.</source>
        <translation>
            <numerusform>В ответах они повторялись ещё %n раз; там они тоже удалены.</numerusform>
            <numerusform>В ответах они повторялись ещё %n раза; там они тоже удалены.</numerusform>
            <numerusform>В ответах они повторялись ещё %n раз; там они тоже удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported. %2</source>
        <translation>«%1» не импортирован. %2</translation>
    </message>
    <message>
        <source>Entry %1 of the HAR was left out: %2.</source>
        <translation>Запись %1 из HAR пропущена: %2.</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes from 0 to %1 (1 GB).</source>
        <translation>--max-body ожидает число байт от 0 до %1 (1 ГБ).</translation>
    </message>
    <message>
        <source>Use &quot;pbw case role CASE EXCHANGE failing|corrected|reference-click|test-callback|other [--note TEXT]&quot; (EXCHANGE: its number in the case, as &quot;pbw case show&quot; lists it).</source>
        <translation>Используйте «pbw case role CASE EXCHANGE failing|corrected|reference-click|test-callback|other [--note TEXT]» (EXCHANGE — номер обмена в кейсе, как его показывает «pbw case show»).</translation>
    </message>
    <message>
        <source>Case #%1: exchange %2 is now %3</source>
        <translation>Кейс #%1: обмен %2 теперь %3</translation>
    </message>
    <message>
        <source>Use &quot;pbw case compare CASE A B&quot; (two exchange numbers: the failing one, then the corrected one), or &quot;pbw case compare CASE none&quot;.</source>
        <translation>Используйте «pbw case compare CASE A B» (два номера обменов: сначала нерабочий, затем исправленный) или «pbw case compare CASE none».</translation>
    </message>
    <message>
        <source>Case #%1: the report compares the latest failing and corrected exchanges</source>
        <translation>Кейс #%1: отчёт сравнивает последние нерабочий и исправленный обмены</translation>
    </message>
    <message>
        <source>Case #%1: the report puts exchanges %2 and %3 side by side</source>
        <translation>Кейс #%1: в отчёте рядом стоят обмены %2 и %3</translation>
    </message>
    <message>
        <source>Use &quot;pbw case remove CASE EXCHANGE [EXCHANGE…]&quot; (numbers as &quot;pbw case show&quot; lists them).</source>
        <translation>Используйте «pbw case remove CASE EXCHANGE [EXCHANGE…]» (номера — как их показывает «pbw case show»).</translation>
    </message>
    <message numerus="yes">
        <source>Case #%1: %n exchange(s) removed for good: %2</source>
        <translation>
            <numerusform>Кейс #%1: %n обмен удалён насовсем: %2</numerusform>
            <numerusform>Кейс #%1: %n обмена удалены насовсем: %2</numerusform>
            <numerusform>Кейс #%1: %n обменов удалены насовсем: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Some secret values of the exchanges could not be removed from the keychain: %1</source>
        <translation>Некоторые секретные значения этих обменов не удалось убрать из хранилища ключей: %1</translation>
    </message>
    <message>
        <source>Evidence: an exchange of the case (its number in the case).</source>
        <translation>Доказательство: обмен кейса (его номер в кейсе).</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;: use %2.</source>
        <translation>Нет пресета «%1»: доступны %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: файл не читается: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>Match the tracker&apos;s conversions (its conversion or postback log) with the partner&apos;s conversion report, by click ID (and transaction ID where both have one). Both are CSV or TSV exports: the encoding (UTF-8, UTF-16, Windows-1251), the delimiter and the header are found out; columns are found by a tool&apos;s preset or by their usual names, --map names the others. Exit status: 0 every conversion credited, 1 differences found, 2 a file that cannot be read (the message names the line).</source>
        <translation>Сверить конверсии трекера (отчёт по конверсиям или лог постбеков) с отчётом партнёра по click ID (и по ID транзакции, если он есть с обеих сторон). Оба файла — выгрузки CSV или TSV: кодировка (UTF-8, UTF-16, Windows-1251), разделитель и заголовок определяются сами; столбцы находятся по пресету инструмента или по привычным названиям, остальные задаются через --map. Код выхода: 0 — засчитаны все конверсии, 1 — есть расхождения, 2 — файл не читается (в сообщении указана строка).</translation>
    </message>
    <message>
        <source>The tracker&apos;s export (CSV or TSV).</source>
        <translation>Выгрузка из трекера (CSV или TSV).</translation>
    </message>
    <message>
        <source>The partner&apos;s report (CSV or TSV).</source>
        <translation>Отчёт партнёра (CSV или TSV).</translation>
    </message>
    <message>
        <source>The tool the tracker&apos;s file comes from: %1.</source>
        <translation>Из какого трекера выгрузка: %1.</translation>
    </message>
    <message>
        <source>The tool the partner&apos;s report comes from: %1.</source>
        <translation>Из какой партнёрской платформы отчёт: %1.</translation>
    </message>
    <message>
        <source>Columns of the tracker&apos;s file, as field=column pairs separated by commas (click_id=subid,payout=revenue; #3 is the third column). Fields: click_id, transaction_id, payout, currency, status, time, postback_url, answer_status, answer_body, goal.</source>
        <translation>Столбцы файла трекера: пары поле=столбец через запятую (click_id=subid,payout=revenue; #3 — третий столбец). Поля: click_id, transaction_id, payout, currency, status, time, postback_url, answer_status, answer_body, goal.</translation>
    </message>
    <message>
        <source>Columns of the partner&apos;s report, as for --map-tracker.</source>
        <translation>Столбцы отчёта партнёра, как в --map-tracker.</translation>
    </message>
    <message>
        <source>The time zone of times written without one: Europe/Moscow, UTC, +03:00 (default UTC).</source>
        <translation>Часовой пояс для времени, записанного без пояса: Europe/Moscow, UTC, +03:00 (по умолчанию UTC).</translation>
    </message>
    <message>
        <source>Write every reconciled row (and each extra partner row) to FILE as CSV.</source>
        <translation>Записать в ФАЙЛ (CSV) все сверенные строки и все лишние строки партнёра.</translation>
    </message>
    <message>
        <source>Use &quot;pbw batch reconcile TRACKER PARTNER&quot;.</source>
        <translation>Пишите так: «pbw batch reconcile ТРЕКЕР ПАРТНЁР».</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use a name such as Europe/Moscow, or an offset such as +03:00.</source>
        <translation>Неизвестный часовой пояс «%1»: укажите название, например Europe/Moscow, или смещение, например +03:00.</translation>
    </message>
    <message>
        <source>Unknown batch action &quot;%1&quot;.</source>
        <translation>Нет действия «%1» у команды batch.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удалось записать: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n conversion(s) (%3, delimiter &quot;%4&quot;</source>
        <translation>
            <numerusform>%1: %2 — %n конверсия (%3, разделитель «%4»</numerusform>
            <numerusform>%1: %2 — %n конверсии (%3, разделитель «%4»</numerusform>
            <numerusform>%1: %2 — %n конверсий (%3, разделитель «%4»</numerusform>
        </translation>
    </message>
    <message>
        <source>, no preset)</source>
        <translation>, без пресета)</translation>
    </message>
    <message>
        <source>, preset %1)</source>
        <translation>, пресет %1)</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  столбцы: %1</translation>
    </message>
    <message numerus="yes">
        <source>  ! %n value(s) of the %1 not read (the first on line %2: &quot;%3&quot;); those rows are kept without it.</source>
        <translation>
            <numerusform>  ! Не прочитано %n значение поля «%1» (первое — в строке %2: «%3»); эти строки учтены без него.</numerusform>
            <numerusform>  ! Не прочитано %n значения поля «%1» (первое — в строке %2: «%3»); эти строки учтены без него.</numerusform>
            <numerusform>  ! Не прочитано %n значений поля «%1» (первое — в строке %2: «%3»); эти строки учтены без него.</numerusform>
        </translation>
    </message>
    <message>
        <source>  partner line %1: %2</source>
        <translation>  строка партнёра %1: %2</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  строка %1: %2</translation>
    </message>
    <message>
        <source> (no click ID)</source>
        <translation> (без click ID)</translation>
    </message>
    <message>
        <source>      postback: %1</source>
        <translation>      постбек: %1</translation>
    </message>
    <message>
        <source>      answer: %1</source>
        <translation>      ответ: %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>статус %1 → %2</translation>
    </message>
    <message>
        <source>payout %1 → %2</source>
        <translation>выплата %1 → %2</translation>
    </message>
    <message>
        <source>  line %1 ↔ partner line %2: %3 · %4</source>
        <translation>  строка %1 ↔ строка партнёра %2: %3 · %4</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>у партнёра %1</translation>
    </message>
    <message>
        <source>tracker %1, partner %2</source>
        <translation>в трекере %1, у партнёра %2</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--csv FILE writes every row).</source>
        <translation>
            <numerusform>  … и ещё %n (все строки запишет --csv ФАЙЛ).</numerusform>
            <numerusform>  … и ещё %n (все строки запишет --csv ФАЙЛ).</numerusform>
            <numerusform>  … и ещё %n (все строки запишет --csv ФАЙЛ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conversion of the tracker is credited at the partner.</source>
        <translation>Партнёр засчитал все конверсии трекера.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tracker conversion(s) are in the partner&apos;s report; %2 missing, %3 extra, %4 with another payout or status.</source>
        <translation>
            <numerusform>В отчёте партнёра %1 из %n конверсии трекера; нет у партнёра: %2, лишних: %3, с другой выплатой или статусом: %4.</numerusform>
            <numerusform>В отчёте партнёра %1 из %n конверсий трекера; нет у партнёра: %2, лишних: %3, с другой выплатой или статусом: %4.</numerusform>
            <numerusform>В отчёте партнёра %1 из %n конверсий трекера; нет у партнёра: %2, лишних: %3, с другой выплатой или статусом: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case whose ledger records the sends (required).</source>
        <translation>Кейс, в журнал которого записываются отправки (обязательно).</translation>
    </message>
    <message>
        <source>Show exactly what would be sent; send nothing.</source>
        <translation>Показать, что именно будет отправлено, ничего не отправляя.</translation>
    </message>
    <message>
        <source>At most this many callbacks a second (default 1; 0: no limit).</source>
        <translation>Не больше стольких постбеков в секунду (по умолчанию 1; 0 — без ограничения).</translation>
    </message>
    <message>
        <source>At most this many in flight at once (default 1).</source>
        <translation>Не больше стольких запросов одновременно (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Stop after this many answers in a row that are not accepted (default 10; 0: never). Some networks switch a partner&apos;s postback off after 10 failures in a row.</source>
        <translation>Остановиться после стольких непринятых ответов подряд (по умолчанию 10; 0 — не останавливаться). Некоторые партнёрки отключают постбек после 10 ошибок подряд.</translation>
    </message>
    <message>
        <source>Tries again after a transport error, a 5xx or a 429, at most N times, waiting longer each time (default 3).</source>
        <translation>Повторять после сетевой ошибки, 5xx или 429 не больше N раз, каждый раз выжидая дольше (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Сколько секунд ждать каждый ответ (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Send this conversion again although the ledger has it (sent, failed or in flight when a run stopped); repeatable.</source>
        <translation>Отправить эту конверсию снова, хотя она уже есть в журнале (отправлена, с ошибкой или была в пути, когда запуск прервался); можно указать несколько раз.</translation>
    </message>
    <message>
        <source>Send without asking (needed when not at a terminal).</source>
        <translation>Отправить без вопроса (нужно, когда запуск не из терминала).</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>in flight when a run stopped: it may have arrived</source>
        <translation>был в пути, когда запуск прервался: мог дойти</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>Re-fire callbacks safely: each is written in the case&apos;s ledger before it is sent and its answer after, so none is ever sent twice — a conversion already sent, or in flight when a run stopped, is sent again only when named with --resend; a run that stopped is resumed by running the same command again. The file is CSV with the columns key and url, as &quot;pbw batch check --csv&quot; writes it. Exit status: 0 every callback sent was accepted, 1 some were refused, failed or not sent, 2 bad input.</source>
        <translation>Безопасная повторная отправка постбеков: каждый записывается в журнал кейса до отправки, а его ответ — после, поэтому ни один не уходит дважды: конверсия, уже отправленная или бывшая в пути, когда запуск прервался, отправляется снова только если назвать её в --resend; прерванный запуск продолжается той же командой. Файл — CSV со столбцами key и url, как его пишет «pbw batch check --csv». Код выхода: 0 — все отправленные приняты, 1 — часть отклонена, не дошла или не отправлена, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>The callbacks to send (CSV: key,url).</source>
        <translation>Постбеки для отправки (CSV: key,url).</translation>
    </message>
    <message>
        <source>Use &quot;pbw batch send CALLBACKS.csv --case ID&quot; (see --help).</source>
        <translation>Используйте «pbw batch send CALLBACKS.csv --case ID» (см. --help).</translation>
    </message>
    <message>
        <source>--rate needs a number of callbacks a second from 0 to 1000.</source>
        <translation>--rate: нужно число постбеков в секунду от 0 до 1000.</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation>--concurrency: нужно число от 1 до 64.</translation>
    </message>
    <message>
        <source>--stop-after needs a number of answers (0: never stop).</source>
        <translation>--stop-after: нужно число ответов (0 — не останавливаться).</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries: нужно число от 0 до 10.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout: нужно число секунд от 1 до 3600.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>%1: line %2: a callback needs a key and an http(s) URL.</source>
        <translation>%1: строка %2: для постбека нужны key и адрес http(s).</translation>
    </message>
    <message>
        <source>%1: line %2: the key %3 is there twice; a conversion is sent once.</source>
        <translation>%1: строка %2: key %3 встречается дважды; конверсия отправляется один раз.</translation>
    </message>
    <message>
        <source>--resend %1: the file has no callback with that key.</source>
        <translation>--resend %1: в файле нет постбека с таким key.</translation>
    </message>
    <message numerus="yes">
        <source>Would send %n callback(s) (at %1 a second: about %2):</source>
        <translation>
            <numerusform>Будет отправлен %n постбек (по %1 в секунду: около %2):</numerusform>
            <numerusform>Будут отправлены %n постбека (по %1 в секунду: около %2):</numerusform>
            <numerusform>Будут отправлены %n постбеков (по %1 в секунду: около %2):</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message numerus="yes">
        <source>Not sent again (the ledger has them; --resend KEY sends one again): %n</source>
        <translation>
            <numerusform>Не отправляются снова (уже есть в журнале; --resend KEY отправит снова): %n</numerusform>
            <numerusform>Не отправляются снова (уже есть в журнале; --resend KEY отправит снова): %n</numerusform>
            <numerusform>Не отправляются снова (уже есть в журнале; --resend KEY отправит снова): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: in flight when a run stopped, it may have arrived: ask the partner, and send it again only if it did not (--resend %1).</source>
        <translation>%1: был в пути, когда запуск прервался, и мог дойти: уточните у партнёра и отправьте снова, только если не дошёл (--resend %1).</translation>
    </message>
    <message>
        <source>Nothing to send: the ledger of case #%1 has every callback of %2 already.</source>
        <translation>Отправлять нечего: в журнале кейса #%1 уже есть все постбеки из %2.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n callback(s) to %1 at %2 a second (about %3)?</source>
        <translation>
            <numerusform>Отправить %n постбек на %1 по %2 в секунду (около %3)?</numerusform>
            <numerusform>Отправить %n постбека на %1 по %2 в секунду (около %3)?</numerusform>
            <numerusform>Отправить %n постбеков на %1 по %2 в секунду (около %3)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add --yes to send without a terminal to ask at.</source>
        <translation>Добавьте --yes, чтобы отправить без вопроса в терминале.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>Отправлено %1 из %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 accepted, %3 failed, %4 not sent.</source>
        <translation>Отправлено: %1, принято: %2, ошибок: %3, не отправлено: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n answer(s) in a row that were not accepted: find out why before sending the rest (run the same command again to go on).</source>
        <translation>
            <numerusform>Остановлено после %n непринятого ответа подряд: выясните причину, прежде чем отправлять остальные (та же команда продолжит).</numerusform>
            <numerusform>Остановлено после %n непринятых ответов подряд: выясните причину, прежде чем отправлять остальные (та же команда продолжит).</numerusform>
            <numerusform>Остановлено после %n непринятых ответов подряд: выясните причину, прежде чем отправлять остальные (та же команда продолжит).</numerusform>
        </translation>
    </message>
    <message>
        <source>Find why each conversion missing at the partner failed: the tracker&apos;s log is reconciled with the partner&apos;s report (as pbw batch reconcile does), each missing conversion&apos;s logged callback is checked (against the partner&apos;s template with --template) and its logged answer judged; the conversions are grouped by cause. Then the corrected callbacks are built (the logged URL rebuilt, or the template filled from the row) for pbw batch send. Exit status: 0 nothing missing, 1 missing conversions found, 2 bad input.</source>
        <translation>Находит, почему не засчитана каждая конверсия, которой нет у партнёра: лог трекера сверяется с отчётом партнёра (как в pbw batch reconcile), постбек каждой пропавшей конверсии из лога проверяется (с --template — по шаблону партнёра), а записанный ответ разбирается; конверсии группируются по причинам. Затем собираются исправленные постбеки (URL из лога, пересобранный, или шаблон, заполненный из строки) для pbw batch send. Код выхода: 0 — пропавших нет, 1 — найдены пропавшие конверсии, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>The tracker&apos;s postback log or conversion export (CSV or TSV).</source>
        <translation>Лог постбеков трекера или выгрузка конверсий (CSV или TSV).</translation>
    </message>
    <message>
        <source>The partner&apos;s approved postback template: each logged callback is matched against it, and the callbacks to re-fire are the template filled from each row ({clickid}, {payout}, {txid}, {status}…).</source>
        <translation>Согласованный шаблон постбека партнёра: каждый постбек из лога сверяется с ним, а для переотправки шаблон заполняется из каждой строки ({clickid}, {payout}, {txid}, {status}…).</translation>
    </message>
    <message>
        <source>Also explain the conversions the partner has with another payout or status (never re-fired).</source>
        <translation>Разобрать и конверсии, которые есть у партнёра с другой выплатой или статусом (их не переотправляют).</translation>
    </message>
    <message>
        <source>Write the callbacks to re-fire to FILE as CSV (what pbw batch send reads).</source>
        <translation>Записать постбеки для переотправки в FILE как CSV (его читает pbw batch send).</translation>
    </message>
    <message>
        <source>Use &quot;pbw batch check TRACKER PARTNER&quot;.</source>
        <translation>Используйте «pbw batch check TRACKER PARTNER».</translation>
    </message>
    <message>
        <source>--template needs the partner&apos;s postback URL.</source>
        <translation>Для --template нужен URL постбека партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tracker conversion(s) are missing at the partner (%2 → %3).</source>
        <translation>
            <numerusform>%1 из %n конверсии трекера нет у партнёра (%2 → %3).</numerusform>
            <numerusform>%1 из %n конверсий трекера нет у партнёра (%2 → %3).</numerusform>
            <numerusform>%1 из %n конверсий трекера нет у партнёра (%2 → %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>Nothing to explain: every conversion of the tracker is in the partner&apos;s report.</source>
        <translation>Разбирать нечего: все конверсии трекера есть в отчёте партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>The log has the callback of %1 and the partner&apos;s answer of %2 of the %n checked.</source>
        <translation>
            <numerusform>В логе есть постбек для %1 и ответ партнёра для %2 из %n проверенной.</numerusform>
            <numerusform>В логе есть постбек для %1 и ответ партнёра для %2 из %n проверенных.</numerusform>
            <numerusform>В логе есть постбек для %1 и ответ партнёра для %2 из %n проверенных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why they failed (%n cause(s), most conversions first):</source>
        <translation>
            <numerusform>Почему не засчитаны (%n причина, сначала самые частые):</numerusform>
            <numerusform>Почему не засчитаны (%n причины, сначала самые частые):</numerusform>
            <numerusform>Почему не засчитаны (%n причин, сначала самые частые):</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Что делать дальше: %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например: %1</translation>
    </message>
    <message>
        <source>postback: %1</source>
        <translation>постбек: %1</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>ответ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s) cannot be re-fired:</source>
        <translation>
            <numerusform>%n конверсию нельзя переотправить:</numerusform>
            <numerusform>%n конверсии нельзя переотправить:</numerusform>
            <numerusform>%n конверсий нельзя переотправить:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation>  строка %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists them all).</source>
        <translation>
            <numerusform>  … и ещё %n (полный список — в --json).</numerusform>
            <numerusform>  … и ещё %n (полный список — в --json).</numerusform>
            <numerusform>  … и ещё %n (полный список — в --json).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) can be re-fired; write them with --csv FILE and send them with pbw batch send.</source>
        <translation>
            <numerusform>%n постбек можно переотправить: запишите их через --csv FILE и отправьте через pbw batch send.</numerusform>
            <numerusform>%n постбека можно переотправить: запишите их через --csv FILE и отправьте через pbw batch send.</numerusform>
            <numerusform>%n постбеков можно переотправить: запишите их через --csv FILE и отправьте через pbw batch send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pbw batch &lt;action&gt; [options]

Actions:
  reconcile TRACKER PARTNER   match the tracker&apos;s conversions with the partner&apos;s report by
                              click ID: credited, missing at the partner, extra, payout or
                              status different
  check TRACKER PARTNER       why each conversion missing at the partner failed, grouped by
                              cause, and the corrected callbacks to re-fire
  send CALLBACKS --case ID    re-fire callbacks through the case&apos;s ledger: never twice, at a
                              rate, stopping after refusals in a row (--dry-run first)

Run &quot;pbw batch &lt;action&gt; --help&quot; for an action&apos;s options.</source>
        <translation>Использование: pbw batch &lt;действие&gt; [параметры]

Действия:
  reconcile TRACKER PARTNER   сверить конверсии трекера с отчётом партнёра по click ID:
                              засчитаны, нет у партнёра, лишние, другая выплата или
                              другой статус
  check TRACKER PARTNER       почему не дошла каждая конверсия, которой нет у партнёра, —
                              по причинам, и исправленные постбеки для повторной отправки
  send CALLBACKS --case ID    повторно отправить постбеки через журнал кейса: никогда дважды,
                              с ограничением скорости, с остановкой после отказов подряд (сначала --dry-run)

Параметры действия: «pbw batch &lt;действие&gt; --help».</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>Чтение %1: %2%</translation>
    </message>
    <message>
        <source>Listen on this address (default 127.0.0.1; 0.0.0.0: every interface).</source>
        <translation>Слушать этот адрес (по умолчанию 127.0.0.1; 0.0.0.0 — все интерфейсы).</translation>
    </message>
    <message>
        <source>Listen on this port (default: any free one).</source>
        <translation>Слушать этот порт (по умолчанию — любой свободный).</translation>
    </message>
    <message>
        <source>HTTPS with the program&apos;s own certificate (made once; its fingerprint is shown).</source>
        <translation>HTTPS с собственным сертификатом программы (создаётся один раз; показывается его отпечаток).</translation>
    </message>
    <message>
        <source>HTTPS with this certificate (PEM).</source>
        <translation>HTTPS с этим сертификатом (PEM).</translation>
    </message>
    <message>
        <source>The private key of --cert (PEM).</source>
        <translation>Закрытый ключ для --cert (PEM).</translation>
    </message>
    <message>
        <source>The secret path prefix to use again (default: a new one each run).</source>
        <translation>Секретный префикс пути для повторного использования (по умолчанию — новый при каждом запуске).</translation>
    </message>
    <message>
        <source>Answer as a partner documents it (an ID from --answers; default plain-ok).</source>
        <translation>Отвечать так, как документирует партнёр (ID из --answers; по умолчанию plain-ok).</translation>
    </message>
    <message>
        <source>List the answers --answer takes, and stop.</source>
        <translation>Показать ответы, которые принимает --answer, и выйти.</translation>
    </message>
    <message>
        <source>Answer with this HTTP status instead.</source>
        <translation>Отвечать вместо этого с этим HTTP-статусом.</translation>
    </message>
    <message>
        <source>Answer with this body instead.</source>
        <translation>Отвечать вместо этого с этим телом.</translation>
    </message>
    <message>
        <source>Check each callback against the partner&apos;s template (default: the case&apos;s).</source>
        <translation>Проверять каждый постбек по шаблону партнёра (по умолчанию — шаблону кейса).</translation>
    </message>
    <message>
        <source>Save each callback to this case as a test callback.</source>
        <translation>Сохранять каждый постбек в этот кейс как тестовый.</translation>
    </message>
    <message>
        <source>When it stops, write what was caught as a HAR file.</source>
        <translation>После остановки записать принятое в файл HAR.</translation>
    </message>
    <message>
        <source>When it stops, write what was caught as a case file to import.</source>
        <translation>После остановки записать принятое в файл кейса для импорта.</translation>
    </message>
    <message>
        <source>Stop after this many callbacks.</source>
        <translation>Остановиться после стольких постбеков.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Остановиться через столько секунд.</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For and Forwarded only from this address (a tunnel&apos;s end; repeatable).</source>
        <translation>Доверять X-Forwarded-For и Forwarded только с этого адреса (конец туннеля; можно повторять).</translation>
    </message>
    <message>
        <source>Largest body kept, in bytes (default 1048576).</source>
        <translation>Наибольшее сохраняемое тело, в байтах (по умолчанию 1048576).</translation>
    </message>
    <message>
        <source>Most callbacks kept a minute; more get 429 (default 60000; 0: no limit).</source>
        <translation>Наибольшее число постбеков в минуту; сверх него — 429 (по умолчанию 60000; 0 — без лимита).</translation>
    </message>
    <message>
        <source>Receive the callbacks a tracker really fires: point its postback at the address printed (the partner&apos;s address replaced by this one, the secret prefix kept), fire a test conversion, and see each callback as it arrived, checked against the partner&apos;s template. Stops on Ctrl+C, --count or --for. Exit status: 0 stopped; 2 bad input or the address cannot be taken.</source>
        <translation>Принимает постбеки, которые трекер отправляет на самом деле: направьте постбек трекера на выведенный адрес (адрес партнёра заменён на этот, секретный префикс сохранён), отправьте тестовую конверсию и смотрите каждый постбек таким, каким он пришёл, с проверкой по шаблону партнёра. Останавливается по Ctrl+C, --count или --for. Код выхода: 0 — остановлен; 2 — неверные данные или адрес занят.</translation>
    </message>
    <message>
        <source>--address needs an IP address (127.0.0.1, 0.0.0.0, ::1).</source>
        <translation>--address требует IP-адрес (127.0.0.1, 0.0.0.0, ::1).</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port требует число от 0 до 65535.</translation>
    </message>
    <message>
        <source>--prefix needs 8 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>--prefix требует от 8 до 64 латинских букв, цифр, «-» или «_».</translation>
    </message>
    <message>
        <source>--answer %1: no such answer (see --answers).</source>
        <translation>--answer %1: такого ответа нет (см. --answers).</translation>
    </message>
    <message>
        <source>--status needs an HTTP status from 200 to 599.</source>
        <translation>--status требует HTTP-статус от 200 до 599.</translation>
    </message>
    <message>
        <source>--trust-proxy %1: not an IP address.</source>
        <translation>--trust-proxy %1: это не IP-адрес.</translation>
    </message>
    <message>
        <source>--max-body needs a number of bytes up to 67108864.</source>
        <translation>--max-body требует число байтов до 67108864.</translation>
    </message>
    <message>
        <source>--max-per-minute needs a number (0: no limit).</source>
        <translation>--max-per-minute требует число (0 — без лимита).</translation>
    </message>
    <message>
        <source>--count needs a number of callbacks from 1.</source>
        <translation>--count требует число постбеков от 1.</translation>
    </message>
    <message>
        <source>--for needs a number of seconds.</source>
        <translation>--for требует число секунд.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert и --key указываются вместе.</translation>
    </message>
    <message>
        <source>%1: its folder cannot be written to.</source>
        <translation>%1: в эту папку нельзя записать.</translation>
    </message>
    <message>
        <source>Listening on %1. Point the tracker&apos;s postback at:</source>
        <translation>Слушаю %1. Направьте постбек трекера на:</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Отпечаток сертификата SHA-256: %1</translation>
    </message>
    <message>
        <source>Warning: %1 can be reached from other machines; only the secret path is kept.</source>
        <translation>Внимание: %1 доступен с других машин; сохраняются только запросы по секретному пути.</translation>
    </message>
    <message>
        <source>No template: each callback is checked on its own.</source>
        <translation>Шаблона нет: каждый постбек проверяется сам по себе.</translation>
    </message>
    <message>
        <source>Each callback is checked against: %1</source>
        <translation>Каждый постбек проверяется по шаблону: %1</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (через %2)</translation>
    </message>
    <message>
        <source>Callbacks caught %1</source>
        <translation>Принятые постбеки %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n callback(s) caught.</source>
        <translation>
            <numerusform>Остановлен: принят %n постбек.</numerusform>
            <numerusform>Остановлен: принято %n постбека.</numerusform>
            <numerusform>Остановлен: принято %n постбеков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Отклонено: %1.</translation>
    </message>
    <message>
        <source>Usage: pbw &lt;command&gt; [options]

Commands:
  replay   send a callback exactly as typed and show the full answer
  check    find what is wrong in a callback itself; match it against a template
  diff     compare two callbacks parameter by parameter
  trace    follow a click URL hop by hop; where a click ID is lost
  clickid  list the click IDs and tracking parameters in a URL
  rules    check an answer rules file, list the rules in use, explain a verdict
  case     keep what was tried for one offer: new, list, show, export, import
  capi     Meta Conversions API: hash customer information, validate and send events
  batch    many conversions at once: reconcile the tracker&apos;s with the partner&apos;s report
  catch    receive the callbacks a tracker really fires, and check each as it arrives

Run &quot;pbw &lt;command&gt; --help&quot; for a command&apos;s options.
Exit status: 0 success, 1 a problem was found (an answer the partner did not accept, an
error in the callback), 2 bad input.</source>
        <translation>Использование: pbw &lt;команда&gt; [параметры]

Команды:
  replay   отправить постбек ровно как написан и показать весь ответ
  check    найти ошибки в самом постбеке; сверить его с шаблоном
  diff     сравнить два постбека параметр за параметром
  trace    пройти по ссылке клика шаг за шагом; где теряется click ID
  clickid  перечислить click ID и трекинговые параметры в адресе
  rules    проверить файл правил ответов, показать действующие правила, разобрать вердикт
  case     хранить всё, что пробовали по одному офферу: new, list, show, export, import
  capi     Meta Conversions API: хеширование данных клиента, проверка и отправка событий
  batch    много конверсий сразу: сверить конверсии трекера с отчётом партнёра
  catch    принимать постбеки, которые трекер отправляет на самом деле, и проверять каждый

Параметры команды: «pbw &lt;команда&gt; --help».
Код выхода: 0 — успех, 1 — найдена проблема (партнёр ответил отказом, ошибка
в самом постбеке), 2 — неверный ввод.</translation>
    </message>
    <message>
        <source>Keep what was found in this case (its number): pbw case show lists it and the case&apos;s report tells it.</source>
        <translation>Сохранить найденное в этом кейсе (его номер): pbw case show покажет это, а отчёт кейса расскажет.</translation>
    </message>
    <message>
        <source>Kept in case #%1 as reconciliation %2.</source>
        <translation>Сохранено в кейсе №%1 как сверка %2.</translation>
    </message>
    <message>
        <source>Reconciliations:</source>
        <translation>Сверки:</translation>
    </message>
    <message>
        <source>Cases: everything tried for one offer/partner problem.

  new TITLE                      start a case
  list                           the cases, most recently changed first
  search WORDS                   cases whose fields, notes, URLs or answers hold the words
  show ID                        a case with its checklist, exchanges, reconciliations, attachments
                                 and notes
  edit ID                        change --title, --partner, --offer, --tracker
  status ID open|waiting|fixed|closed
  delete ID                      delete a case and everything in it, for good
  note ID TEXT                   add a note (&quot;-&quot; reads it from standard input)
  attach ID FILE                 attach a file (&quot;-&quot;: pasted text from standard input)
  check ID LAYER                 tick click, event, callback, template or partner
  role ID N ROLE                 exchange N of the case becomes failing, corrected, reference-click,
                                 test-callback or other
  remove ID N [N…]               remove exchanges from the case, for good
  compare ID A B                 the two exchanges the report puts side by side (none: the latest
                                 failing and corrected)
  export ID                      the case as a file for the partner: --format case|har|html|pdf|curl
  import FILE                    a case file (.pbcase) as a new case, or a HAR&apos;s requests</source>
        <translation>Кейсы: всё, что проверено по одной проблеме оффера/партнёра.

  new TITLE                      начать кейс
  list                           кейсы, недавно изменённые первыми
  search WORDS                   кейсы, в полях, заметках, URL или ответах которых есть эти слова
  show ID                        кейс с чек-листом, обменами, сверками, вложениями
                                 и заметками
  edit ID                        изменить --title, --partner, --offer, --tracker
  status ID open|waiting|fixed|closed
  delete ID                      удалить кейс со всем содержимым насовсем
  note ID TEXT                   добавить заметку («-» читает её со стандартного ввода)
  attach ID FILE                 приложить файл («-» — вставленный текст со стандартного ввода)
  check ID LAYER                 отметить click, event, callback, template или partner
  role ID N ROLE                 обмен N кейса становится failing, corrected, reference-click,
                                 test-callback или other
  remove ID N [N…]               убрать обмены из кейса насовсем
  compare ID A B                 два обмена, которые отчёт ставит рядом (none — последние
                                 нерабочий и исправленный)
  export ID                      кейс файлом для партнёра: --format case|har|html|pdf|curl
  import FILE                    файл кейса (.pbcase) как новый кейс или запросы из HAR</translation>
    </message>
    <message>
        <source>Conversion APIs: Meta, TikTok, Snapchat, Google Ads, GA4, Pinterest, Reddit.

  hash FIELD VALUE...            normalise and SHA-256 each value as Meta requires; FIELD is
                                 Meta&apos;s key: em, ph, fn, ln, ge, db, ct, st, zp, country,
                                 external_id (client_ip_address, fbc, fbp… are never hashed)
  validate EVENTS.json           check events before sending: required fields, times, fbc,
                                 currency, customer information
  send EVENTS.json --pixel ID    hash, validate and send events; explain Meta&apos;s answer
  token set|clear --pixel ID     keep a pixel&apos;s access token in the OS keychain (read from
                                 standard input), or remove it
  fbc FBCLID|URL [--time T]      build the fbc value from an fbclid or a landing-page URL

With --platform P (tiktok, snapchat, google-ads, ga4, pinterest, reddit; &quot;all&quot; for hash and
validate) each action works for that platform: hash shows what every platform receives and
where they disagree; send uses the platform&apos;s test mode unless --real is given, and takes
--account ID instead of --pixel.

Run &quot;pbw capi ACTION --help&quot; for an action&apos;s options.</source>
        <translation>API конверсий: Meta, TikTok, Snapchat, Google Ads, GA4, Pinterest, Reddit.

  hash ПОЛЕ ЗНАЧЕНИЕ...          нормализовать и захешировать SHA-256 каждое значение, как
                                 требует Meta; ПОЛЕ — ключ Meta: em, ph, fn, ln, ge, db, ct,
                                 st, zp, country, external_id (client_ip_address, fbc, fbp…
                                 никогда не хешируются)
  validate СОБЫТИЯ.json          проверить события до отправки: обязательные поля, время, fbc,
                                 валюту, данные клиента
  send СОБЫТИЯ.json --pixel ID   захешировать, проверить и отправить события; объяснить
                                 ответ Meta
  token set|clear --pixel ID     сохранить маркер доступа пикселя в хранилище ключей ОС
                                 (читается со стандартного ввода) или удалить его
  fbc FBCLID|URL [--time T]      собрать значение fbc из fbclid или адреса лендинга

С --platform P (tiktok, snapchat, google-ads, ga4, pinterest, reddit; «all» для hash и
validate) каждое действие работает с этой платформой: hash показывает, что получает каждая
платформа и в чём они расходятся; send использует тестовый режим платформы, если не указан
--real, и принимает --account ID вместо --pixel.

Параметры действия: «pbw capi ДЕЙСТВИЕ --help».</translation>
    </message>
    <message>
        <source>meta (default), tiktok, snapchat, google-ads, ga4, pinterest, reddit; several separated by commas, or all.</source>
        <translation>meta (по умолчанию), tiktok, snapchat, google-ads, ga4, pinterest, reddit; несколько через запятую или all.</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;: use %2 or all.</source>
        <translation>Неизвестная платформа «%1»: укажите %2 или all.</translation>
    </message>
    <message>
        <source>--platform needs a platform: %1 or all.</source>
        <translation>--platform требует платформу: %1 или all.</translation>
    </message>
    <message>
        <source>No platform asked for takes &quot;%1&quot;.</source>
        <translation>Ни одна из указанных платформ не принимает «%1».</translation>
    </message>
    <message>
        <source>%1 would refuse these events.</source>
        <translation>%1 отклонит эти события.</translation>
    </message>
    <message>
        <source>No problems for %1.</source>
        <translation>Для %1 проблем нет.</translation>
    </message>
    <message>
        <source>No errors for %1; the warnings may cost matches.</source>
        <translation>Для %1 ошибок нет; из-за предупреждений может быть меньше совпадений.</translation>
    </message>
    <message>
        <source>Send events to a conversion API in its test or validation mode (or for real with --real), and explain its answer. Credentials come from --token-stdin, PBW_CAPI_TOKEN or the keychain (pbw capi token set --platform P --account ID).
Exit status: 0 when the platform took or validated every event, 1 otherwise, 2 bad input.</source>
        <translation>Отправить события в API конверсий в тестовом режиме или режиме проверки (или по-настоящему, с --real) и объяснить ответ. Учётные данные берутся из --token-stdin, PBW_CAPI_TOKEN или хранилища ключей (pbw capi token set --platform P --account ID).
Код выхода: 0 — платформа приняла или проверила все события, 1 — нет, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>tiktok, snapchat, google-ads, ga4, pinterest or reddit.</source>
        <translation>tiktok, snapchat, google-ads, ga4, pinterest или reddit.</translation>
    </message>
    <message>
        <source>Where the events go: pixel code, pixel ID, customer ID, measurement ID or ad account ID.</source>
        <translation>Куда отправлять события: код пикселя, ID пикселя, ID клиента, ID измерения или ID рекламного аккаунта.</translation>
    </message>
    <message>
        <source>The test code from the platform&apos;s events manager (TikTok, Reddit).</source>
        <translation>Тестовый код из менеджера событий платформы (TikTok, Reddit).</translation>
    </message>
    <message>
        <source>Send for real: the platform records the conversions. Without it, the platform&apos;s test or validation mode is used.</source>
        <translation>Отправить по-настоящему: платформа запишет конверсии. Без этого используется тестовый режим или режим проверки платформы.</translation>
    </message>
    <message>
        <source>Google Ads: the conversion action&apos;s ID.</source>
        <translation>Google Ads: ID действия-конверсии.</translation>
    </message>
    <message>
        <source>Google Ads: the manager account&apos;s ID, when sending through one.</source>
        <translation>Google Ads: ID управляющего аккаунта, если отправка идёт через него.</translation>
    </message>
    <message>
        <source>The platform&apos;s address (default its own).</source>
        <translation>Адрес платформы (по умолчанию — её собственный).</translation>
    </message>
    <message>
        <source>Read the token from standard input (otherwise PBW_CAPI_TOKEN, then the keychain).</source>
        <translation>Прочитать маркер со стандартного ввода (иначе PBW_CAPI_TOKEN, затем хранилище ключей).</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi send EVENTS.json --platform P --account ID&quot;.</source>
        <translation>Используйте «pbw capi send СОБЫТИЯ.json --platform P --account ID».</translation>
    </message>
    <message>
        <source>Real send: %1 records these conversions.</source>
        <translation>Настоящая отправка: %1 запишет эти конверсии.</translation>
    </message>
    <message>
        <source>Saved into case #%1 (test-callback).</source>
        <translation>Сохранено в кейс №%1 (test-callback).</translation>
    </message>
    <message>
        <source>Keep a platform account&apos;s token (or another of its credentials) in the OS keychain, or remove it; &quot;set&quot; reads it from standard input.</source>
        <translation>Сохранить маркер аккаунта платформы (или другие его учётные данные) в хранилище ключей ОС или удалить его; «set» читает значение со стандартного ввода.</translation>
    </message>
    <message>
        <source>The platform.</source>
        <translation>Платформа.</translation>
    </message>
    <message>
        <source>The account&apos;s ID.</source>
        <translation>ID аккаунта.</translation>
    </message>
    <message>
        <source>Another credential than the token: developer-token…</source>
        <translation>Другие учётные данные вместо маркера: developer-token…</translation>
    </message>
    <message>
        <source>Use &quot;pbw capi token set|clear --platform P --account ID&quot;.</source>
        <translation>Используйте «pbw capi token set|clear --platform P --account ID».</translation>
    </message>
    <message>
        <source>The %1 of %2 %3 is kept in the keychain.</source>
        <translation>%2 %3: %1 сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>No %1 was kept for %2 %3.</source>
        <translation>%2 %3: %1 не был сохранён.</translation>
    </message>
    <message>
        <source>The %1 of %2 %3 is removed from the keychain.</source>
        <translation>%2 %3: %1 удалён из хранилища ключей.</translation>
    </message>
    <message>
        <source>Normalise and hash customer information, validate, send the events to Meta and explain the answer.
For TikTok, Snapchat, Google Ads, GA4, Pinterest and Reddit add --platform: see &quot;pbw capi send --platform tiktok --help&quot;.
Exit status: 0 when Meta received every event, 1 otherwise, 2 bad input.</source>
        <translation>Нормализовать и захешировать данные клиента, проверить, отправить события в Meta и объяснить ответ.
Для TikTok, Snapchat, Google Ads, GA4, Pinterest и Reddit добавьте --platform: см. «pbw capi send --platform tiktok --help».
Код выхода: 0 — Meta получила все события, 1 — нет, 2 — неверные входные данные.</translation>
    </message>
    <message>
        <source>No %1 is kept for %2 %3: run &quot;pbw capi token set --platform %4 --account %3%5&quot; (it reads it from standard input), or pass it with %6.</source>
        <translation>Для %2 %3 не сохранён %1: выполните «pbw capi token set --platform %4 --account %3%5» (значение читается со стандартного ввода) или передайте его через %6.</translation>
    </message>
    <message>
        <source>%1 keeps no secret called &quot;%2&quot;: use %3.</source>
        <translation>Для %1 нет секрета «%2»: используйте %3.</translation>
    </message>
    <message>
        <source>Normalise and SHA-256 customer information as Meta requires; with --platform, as each platform does, side by side.</source>
        <translation>Нормализовать и захешировать SHA-256 данные клиента так, как требует Meta; с --platform — так, как это делает каждая платформа, рядом.</translation>
    </message>
</context>
<context>
    <name>PlatformError</name>
    <message>
        <source>%1 does not accept this token.</source>
        <translation>%1 не принимает этот маркер.</translation>
    </message>
    <message>
        <source>The token is mistyped, cut short, revoked or for another account; nothing was recorded.</source>
        <translation>Маркер введён с ошибкой, обрезан, отозван или выдан для другого аккаунта; ничего не записано.</translation>
    </message>
    <message>
        <source>The %1 token has expired.</source>
        <translation>Срок действия маркера %1 истёк.</translation>
    </message>
    <message>
        <source>The platform no longer accepts it; nothing was recorded.</source>
        <translation>Платформа больше его не принимает; ничего не записано.</translation>
    </message>
    <message>
        <source>Get a new token (OAuth access tokens last about an hour) and save it.</source>
        <translation>Получите новый маркер (маркеры доступа OAuth действуют около часа) и сохраните его.</translation>
    </message>
    <message>
        <source>The request carried no %1 token.</source>
        <translation>В запросе не было маркера %1.</translation>
    </message>
    <message>
        <source>The platform needs a token with every request.</source>
        <translation>Платформе нужен маркер в каждом запросе.</translation>
    </message>
    <message>
        <source>Save the account&apos;s token, then send again.</source>
        <translation>Сохраните маркер аккаунта и отправьте снова.</translation>
    </message>
    <message>
        <source>The token may not send to this %1 account.</source>
        <translation>Этому маркеру нельзя отправлять данные в этот аккаунт %1.</translation>
    </message>
    <message>
        <source>The token is valid, but its user has no access to this pixel or account.</source>
        <translation>Маркер действителен, но у его пользователя нет доступа к этому пикселю или аккаунту.</translation>
    </message>
    <message>
        <source>Use a token made in this account&apos;s own settings, or give the token&apos;s user access to it.</source>
        <translation>Используйте маркер, созданный в настройках именно этого аккаунта, или дайте пользователю маркера доступ к нему.</translation>
    </message>
    <message>
        <source>%1 does not know this account ID.</source>
        <translation>%1 не знает этот ID аккаунта.</translation>
    </message>
    <message>
        <source>The ID is mistyped, or belongs to another account than the token&apos;s.</source>
        <translation>ID введён с ошибкой или относится не к тому аккаунту, что маркер.</translation>
    </message>
    <message>
        <source>Copy the ID again from %1&apos;s events manager.</source>
        <translation>Скопируйте ID заново из менеджера событий %1.</translation>
    </message>
    <message>
        <source>%1 found nothing to match a person with.</source>
        <translation>В событии нет ничего, по чему %1 может сопоставить человека.</translation>
    </message>
    <message>
        <source>The event needs an e-mail, a phone, a click ID, or the IP address and user agent together.</source>
        <translation>Событию нужен e-mail, телефон, click ID или IP-адрес вместе с user agent.</translation>
    </message>
    <message>
        <source>Add the customer information you have, normalised and hashed this platform&apos;s way.</source>
        <translation>Добавьте имеющиеся данные клиента, нормализованные и захешированные так, как требует эта платформа.</translation>
    </message>
    <message>
        <source>%1 refused the customer information.</source>
        <translation>%1: данные клиента не приняты.</translation>
    </message>
    <message>
        <source>A value is not hashed, hashed another platform&apos;s way, or not one this platform takes.</source>
        <translation>Значение не захешировано, захешировано по правилам другой платформы или не принимается этой платформой.</translation>
    </message>
    <message>
        <source>Look at the per-platform view: send each value normalised and hashed as %1 documents.</source>
        <translation>Посмотрите сравнение по платформам: отправляйте каждое значение нормализованным и захешированным так, как описано в документации %1.</translation>
    </message>
    <message>
        <source>A field %1 requires is missing.</source>
        <translation>Нет поля, обязательного для %1.</translation>
    </message>
    <message>
        <source>The platform needs it in every event; its message names it.</source>
        <translation>Платформе оно нужно в каждом событии; поле названо в её сообщении.</translation>
    </message>
    <message>
        <source>Add the field named below and send again.</source>
        <translation>Добавьте поле, названное ниже, и отправьте снова.</translation>
    </message>
    <message>
        <source>%1 refused a field of the request.</source>
        <translation>%1: поле запроса не принято.</translation>
    </message>
    <message>
        <source>A value has the wrong type or form; the platform&apos;s message names it.</source>
        <translation>У значения неверный тип или формат; поле названо в сообщении платформы.</translation>
    </message>
    <message>
        <source>Correct the field named below and send again.</source>
        <translation>Исправьте поле, названное ниже, и отправьте снова.</translation>
    </message>
    <message>
        <source>%1 refused the value or the currency.</source>
        <translation>%1: сумма или валюта не приняты.</translation>
    </message>
    <message>
        <source>A purchase needs a value and an ISO 4217 currency code.</source>
        <translation>Покупке нужны сумма и код валюты по ISO 4217.</translation>
    </message>
    <message>
        <source>Send the value as a number (49.90) and the currency as a code (USD, EUR, RUB).</source>
        <translation>Отправляйте сумму числом (49.90), а валюту — кодом (USD, EUR, RUB).</translation>
    </message>
    <message>
        <source>%1 refused the event&apos;s time.</source>
        <translation>%1: время события не принято.</translation>
    </message>
    <message>
        <source>The conversion is too old for the platform&apos;s window, comes before the click, or is in the future.</source>
        <translation>Конверсия слишком старая для допустимого срока платформы, произошла раньше клика или указана в будущем.</translation>
    </message>
    <message>
        <source>Send conversions within the platform&apos;s window, with the time of the conversion itself.</source>
        <translation>Отправляйте конверсии в пределах допустимого срока платформы, с временем самой конверсии.</translation>
    </message>
    <message>
        <source>Too soon for %1.</source>
        <translation>Слишком рано для %1.</translation>
    </message>
    <message>
        <source>The click, or the conversion action, is less than 6 hours old.</source>
        <translation>С момента клика или создания действия-конверсии прошло меньше 6 часов.</translation>
    </message>
    <message>
        <source>Send again once 6 hours have passed.</source>
        <translation>Отправьте снова, когда пройдут 6 часов.</translation>
    </message>
    <message>
        <source>%1 cannot read the click ID.</source>
        <translation>%1 не может прочитать click ID.</translation>
    </message>
    <message>
        <source>The click ID was cut, changed, or mixed with another kind of click ID.</source>
        <translation>Click ID обрезан, изменён или перепутан с click ID другого типа.</translation>
    </message>
    <message>
        <source>Send the click ID exactly as the ad&apos;s landing address carried it.</source>
        <translation>Отправляйте click ID в точности таким, каким он был в адресе лендинга объявления.</translation>
    </message>
    <message>
        <source>%1 found no ad click for this conversion.</source>
        <translation>%1: для этой конверсии не найден клик по объявлению.</translation>
    </message>
    <message>
        <source>The person did not come from this account&apos;s ads, or the data matches no click.</source>
        <translation>Человек пришёл не из объявлений этого аккаунта, или данные не совпадают ни с одним кликом.</translation>
    </message>
    <message>
        <source>Expected for conversions that did not come from these ads; otherwise check the click ID and the account.</source>
        <translation>Это нормально для конверсий не из этих объявлений; иначе проверьте click ID и аккаунт.</translation>
    </message>
    <message>
        <source>%1 has this conversion already.</source>
        <translation>У %1 эта конверсия уже есть.</translation>
    </message>
    <message>
        <source>The order ID, or the same click and time, was recorded before.</source>
        <translation>Этот ID заказа или тот же клик с тем же временем уже был записан.</translation>
    </message>
    <message>
        <source>Nothing to send again; give every conversion its own order ID.</source>
        <translation>Повторно отправлять нечего; давайте каждой конверсии свой ID заказа.</translation>
    </message>
    <message>
        <source>%1 cannot use this conversion action.</source>
        <translation>%1 не может использовать это действие-конверсию.</translation>
    </message>
    <message>
        <source>It does not exist in this account, or it is not set up for uploads.</source>
        <translation>Его нет в этом аккаунте, или оно не настроено для загрузки.</translation>
    </message>
    <message>
        <source>Pick a conversion action of the import (upload clicks) type in this account.</source>
        <translation>Выберите в этом аккаунте действие-конверсию типа «Импорт» (загрузка кликов).</translation>
    </message>
    <message>
        <source>The %1 account is not set up for this.</source>
        <translation>Аккаунт %1 для этого не настроен.</translation>
    </message>
    <message>
        <source>A setting of the account blocks it: customer data terms, enhanced conversions or tracking.</source>
        <translation>Это блокирует настройка аккаунта: условия использования данных клиентов, расширенные конверсии или отслеживание.</translation>
    </message>
    <message>
        <source>Turn on the setting the message names in the account&apos;s conversion settings.</source>
        <translation>Включите настройку, названную в сообщении, в параметрах конверсий аккаунта.</translation>
    </message>
    <message>
        <source>Too many events in one request for %1.</source>
        <translation>Слишком много событий в одном запросе для %1.</translation>
    </message>
    <message>
        <source>The platform takes a limited number of events or parameters per request.</source>
        <translation>Платформа принимает ограниченное число событий или параметров в одном запросе.</translation>
    </message>
    <message>
        <source>Send the events in smaller batches.</source>
        <translation>Отправляйте события пакетами поменьше.</translation>
    </message>
    <message>
        <source>Too many requests: %1 is limiting them.</source>
        <translation>Слишком много запросов: %1 их ограничивает.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the events; they were not recorded this time.</source>
        <translation>С событиями всё в порядке, но в этот раз они не записаны.</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again, in batches rather than one by one.</source>
        <translation>Подождите несколько минут и отправьте снова — пакетами, а не по одному.</translation>
    </message>
    <message>
        <source>%1 had a temporary problem.</source>
        <translation>У %1 временная неполадка.</translation>
    </message>
    <message>
        <source>The error is on the platform&apos;s side and usually passes.</source>
        <translation>Ошибка на стороне платформы и обычно проходит сама.</translation>
    </message>
    <message>
        <source>Send again later; quote the request ID if it goes on.</source>
        <translation>Отправьте позже; если ошибка повторяется, сообщите ID запроса.</translation>
    </message>
    <message>
        <source>%1 took only some of the events.</source>
        <translation>%1: принята только часть событий.</translation>
    </message>
    <message>
        <source>Each refused event has its own message.</source>
        <translation>Для каждого отклонённого события есть своё сообщение.</translation>
    </message>
    <message>
        <source>Correct the events named below and send those again.</source>
        <translation>Исправьте события, перечисленные ниже, и отправьте их снова.</translation>
    </message>
    <message>
        <source>%1 refused the request.</source>
        <translation>%1: запрос отклонён.</translation>
    </message>
    <message>
        <source>This error is not one the workbench knows; the platform&apos;s own words are below.</source>
        <translation>Программе эта ошибка не знакома; ниже — сообщение самой платформы.</translation>
    </message>
    <message>
        <source>Read the message below; quote the request ID to the platform&apos;s support.</source>
        <translation>Прочитайте сообщение ниже; сообщите ID запроса поддержке платформы.</translation>
    </message>
    <message>
        <source>Get the token again, whole, where %1 issues it, and save it for this account.</source>
        <translation>Получите маркер заново, целиком, там, где его выдаёт %1, и сохраните для этого аккаунта.</translation>
    </message>
</context>
<context>
    <name>PlatformText</name>
    <message>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Маркер доступа</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation>ID рекламного аккаунта</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Секрет приложения</translation>
    </message>
    <message>
        <source>Conversion access token</source>
        <translation>Маркер доступа для конверсий</translation>
    </message>
    <message>
        <source>Conversion action ID</source>
        <translation>ID действия-конверсии</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Developer token</source>
        <translation>Токен разработчика</translation>
    </message>
    <message>
        <source>Manager customer ID</source>
        <translation>ID управляющего аккаунта</translation>
    </message>
    <message>
        <source>Measurement ID</source>
        <translation>ID измерения</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Маркер доступа OAuth</translation>
    </message>
    <message>
        <source>Pixel (dataset) ID</source>
        <translation>ID пикселя (набора данных)</translation>
    </message>
    <message>
        <source>Pixel ID</source>
        <translation>ID пикселя</translation>
    </message>
    <message>
        <source>Pixel code</source>
        <translation>Код пикселя</translation>
    </message>
    <message>
        <source>%1 checks the request and records nothing.</source>
        <translation>%1 проверяет запрос и ничего не записывает.</translation>
    </message>
    <message>
        <source>%1 answers as usual but records nothing.</source>
        <translation>%1 отвечает как обычно, но ничего не записывает.</translation>
    </message>
    <message>
        <source>Sent to %1&apos;s validation address: checked, not recorded.</source>
        <translation>Отправлено на адрес проверки %1: проверено, не записано.</translation>
    </message>
    <message>
        <source>The events carry the test code and show in %1&apos;s test events view.</source>
        <translation>События содержат тестовый код и видны в разделе тестовых событий %1.</translation>
    </message>
    <message>
        <source>Sent to GA4&apos;s validation server: checked, not recorded. It does not check the API secret or the measurement ID.</source>
        <translation>Отправлено на сервер проверки GA4: проверено, не записано. API secret и measurement ID он не проверяет.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The case store needs a full path (starting with /), not &quot;%1&quot;.</source>
        <translation>Для хранилища кейсов нужен полный путь (начинается с /), а не «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; the case store is a file in it, such as %2.</source>
        <translation>«%1» — это папка; хранилище кейсов — файл в ней, например %2.</translation>
    </message>
    <message>
        <source>The case store &quot;%1&quot; cannot be written.</source>
        <translation>Не удаётся записать в хранилище кейсов «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, so the case store cannot have a folder there.</source>
        <translation>«%1» — файл, поэтому папки для хранилища кейсов там быть не может.</translation>
    </message>
    <message>
        <source>The folder for the case store cannot be written: %1.</source>
        <translation>Не удаётся записать в папку хранилища кейсов: %1.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; choose English or Russian.</source>
        <translation>Перевода «%1» нет; выберите английский или русский.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Тайм-аут должен быть от %1 до %2 секунд.</translation>
    </message>
    <message>
        <source>The answer capture limit must be between %1 and %2.</source>
        <translation>Лимит сохранения ответа должен быть от %1 до %2.</translation>
    </message>
    <message>
        <source>The user agent name &quot;%1&quot; is used twice.</source>
        <translation>Название user agent «%1» встречается дважды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter or header name (letters, digits, _ . - [ ] only).</source>
        <translation>«%1» — не имя параметра или заголовка (только буквы, цифры, _ . - [ ]).</translation>
    </message>
    <message>
        <source>Line %1 of the user agents should read &quot;Name = user agent&quot;.</source>
        <translation>Строка %1 списка user agent должна выглядеть так: «Название = user agent».</translation>
    </message>
    <message>
        <source>The user agent &quot;%1&quot; holds a character a header cannot carry (only printable ASCII).</source>
        <translation>В user agent «%1» есть символ, который заголовок не может передать (только печатные символы ASCII).</translation>
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
    <name>ReadProblem</name>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>файл не читается: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB: split the export by date and reconcile each part.</source>
        <translation>файл больше %1 МБ: разбейте выгрузку по датам и сверьте каждую часть отдельно.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пустой.</translation>
    </message>
    <message>
        <source>the file has a header and no rows.</source>
        <translation>в файле есть заголовок, но нет ни одной строки.</translation>
    </message>
    <message>
        <source>the file holds binary data (a control character), not a CSV or TSV export. Export the report as CSV and try again.</source>
        <translation>в файле двоичные данные (управляющий символ), а не выгрузка CSV или TSV. Выгрузите отчёт в CSV и попробуйте снова.</translation>
    </message>
    <message>
        <source>the text is not valid %1 here, although the lines before it are. Save the file again as UTF-8.</source>
        <translation>здесь текст не в кодировке %1, хотя строки выше — в ней. Пересохраните файл в UTF-8.</translation>
    </message>
    <message>
        <source>a quote (&quot;) in the middle of a cell, or text right after a closing quote. A cell with quotes must be quoted as a whole, with each quote inside doubled (&quot;&quot;).</source>
        <translation>кавычка (&quot;) посреди ячейки или текст сразу после закрывающей кавычки. Ячейку с кавычками нужно целиком взять в кавычки, а каждую кавычку внутри удвоить (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened here is never closed.</source>
        <translation>кавычка (&quot;), открытая здесь, нигде не закрыта.</translation>
    </message>
    <message>
        <source>a cell that starts here is longer than 1 MB: most likely a quote (&quot;) that is never closed.</source>
        <translation>ячейка, которая начинается здесь, длиннее 1 МБ: скорее всего, где-то не закрыта кавычка (&quot;).</translation>
    </message>
    <message>
        <source>more than %1 cells in one row: this is not a conversions export.</source>
        <translation>больше %1 ячеек в одной строке: это не выгрузка конверсий.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in this row, but the header has %1. Every row must have as many cells as the header (a delimiter inside a value must be quoted).</source>
        <translation>
            <numerusform>в строке %n ячейка, а в заголовке — %1. В каждой строке должно быть столько же ячеек, сколько в заголовке (значение с разделителем внутри берут в кавычки).</numerusform>
            <numerusform>в строке %n ячейки, а в заголовке — %1. В каждой строке должно быть столько же ячеек, сколько в заголовке (значение с разделителем внутри берут в кавычки).</numerusform>
            <numerusform>в строке %n ячеек, а в заголовке — %1. В каждой строке должно быть столько же ячеек, сколько в заголовке (значение с разделителем внутри берут в кавычки).</numerusform>
        </translation>
    </message>
    <message>
        <source>no click ID column found in the header (%1). Name it with --map click_id=COLUMN, or pick the tool&apos;s preset.</source>
        <translation>в заголовке нет столбца с click ID (%1). Укажите его через --map click_id=СТОЛБЕЦ или выберите пресет инструмента.</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot; for the %2 in the header (%3).</source>
        <translation>в заголовке нет столбца «%1» для поля «%2» (%3).</translation>
    </message>
    <message numerus="yes">
        <source>column #%1 for the %2 does not exist: the header has %n column(s).</source>
        <translation>
            <numerusform>столбца #%1 для поля «%2» нет: в заголовке %n столбец.</numerusform>
            <numerusform>столбца #%1 для поля «%2» нет: в заголовке %n столбца.</numerusform>
            <numerusform>столбца #%1 для поля «%2» нет: в заголовке %n столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>чтение отменено.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no click ID column found in the header (%1). Choose it with Columns…, or pick the tool&apos;s preset.</source>
        <translation>в заголовке нет столбца с click ID (%1). Выберите его в «Колонки…» или выберите пресет инструмента.</translation>
    </message>
</context>
<context>
    <name>ReadingText</name>
    <message>
        <source>says success</source>
        <translation>говорит об успехе</translation>
    </message>
    <message>
        <source>says failure</source>
        <translation>говорит об отказе</translation>
    </message>
    <message>
        <source>says neither</source>
        <translation>не говорит ни об успехе, ни об отказе</translation>
    </message>
    <message>
        <source>%1 — pattern &quot;%2&quot;, words &quot;%3&quot;</source>
        <translation>%1 — шаблон «%2», слова «%3»</translation>
    </message>
    <message>
        <source> (turned round by a &quot;not&quot;)</source>
        <translation> (смысл обращён отрицанием)</translation>
    </message>
    <message>
        <source>your own rules</source>
        <translation>ваши правила</translation>
    </message>
    <message>
        <source>the HTTP status (3xx, 429, 5xx)</source>
        <translation>HTTP-статус (3xx, 429, 5xx)</translation>
    </message>
    <message>
        <source>the platforms&apos; documented answers</source>
        <translation>документированные ответы платформ</translation>
    </message>
    <message>
        <source>the answer&apos;s outcome member</source>
        <translation>поле ответа с итогом</translation>
    </message>
    <message>
        <source>the vocabulary in the answer&apos;s words</source>
        <translation>понятия из словаря в тексте ответа</translation>
    </message>
    <message>
        <source>what the HTTP status means when the body names no reason</source>
        <translation>смысл HTTP-статуса, когда тело не называет причину</translation>
    </message>
    <message>
        <source>the answer&apos;s shape (a web page, an empty 204)</source>
        <translation>вид ответа (веб-страница, пустой 204)</translation>
    </message>
    <message>
        <source>nothing: no rule recognised this answer</source>
        <translation>ничего: ни одно правило не распознало этот ответ</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (ещё %n)</numerusform>
            <numerusform>… (ещё %n)</numerusform>
            <numerusform>… (ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Слова: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Outcome member: none (the answer is not JSON, XML or key=value pairs)</source>
        <translation>Поле с итогом: нет (ответ — не JSON, не XML и не пары ключ=значение)</translation>
    </message>
    <message>
        <source>Outcome member: %1 = &quot;%2&quot; — %3</source>
        <translation>Поле с итогом: %1 = «%2» — %3</translation>
    </message>
    <message>
        <source>Outcome member: none found</source>
        <translation>Поле с итогом: не найдено</translation>
    </message>
    <message>
        <source>  Reason member: %1 = &quot;%2&quot;</source>
        <translation>  Поле с причиной: %1 = «%2»</translation>
    </message>
    <message>
        <source>Vocabulary: no concept found</source>
        <translation>Словарь: понятий не найдено</translation>
    </message>
    <message>
        <source>Vocabulary, in a reason member: %1</source>
        <translation>Словарь, в поле с причиной: %1</translation>
    </message>
    <message>
        <source>Vocabulary: %1</source>
        <translation>Словарь: %1</translation>
    </message>
    <message>
        <source>Steps, in order (the first that decides gives the verdict):</source>
        <translation>Шаги по порядку (вердикт выносит первый сработавший):</translation>
    </message>
    <message>
        <source>: rule &quot;%1&quot;</source>
        <translation>: правило «%1»</translation>
    </message>
    <message>
        <source>: concept &quot;%1&quot;</source>
        <translation>: понятие «%1»</translation>
    </message>
</context>
<context>
    <name>RebuildText</name>
    <message>
        <source>the text after `#` was never sent; it is kept, with `#` encoded as %23</source>
        <translation>текст после `#` не отправлялся; он сохранён, а `#` закодирован как %23</translation>
    </message>
    <message>
        <source>it was after the `#` and never sent</source>
        <translation>он стоял после `#` и не отправлялся</translation>
    </message>
    <message>
        <source>the partner&apos;s template has it; fill in the value</source>
        <translation>он есть в шаблоне партнёра; подставьте значение</translation>
    </message>
    <message>
        <source>the partner expects the name %1</source>
        <translation>партнёр ждёт имя %1</translation>
    </message>
    <message>
        <source>the partner&apos;s template fixes this value</source>
        <translation>шаблон партнёра задаёт это значение</translation>
    </message>
    <message>
        <source>the partner&apos;s template has this address</source>
        <translation>в шаблоне партнёра этот адрес</translation>
    </message>
</context>
<context>
    <name>ReconciledCsv</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: не удалось записать: %2</translation>
    </message>
    <message>
        <source>%1: not written (cancelled).</source>
        <translation>%1: не записан (отменено).</translation>
    </message>
</context>
<context>
    <name>ReconciliationText</name>
    <message>
        <source>no answer logged</source>
        <translation>ответ не записан</translation>
    </message>
    <message>
        <source>no callback logged</source>
        <translation>постбек не записан</translation>
    </message>
    <message>
        <source>The log has no callback for this conversion: it may never have been sent.</source>
        <translation>В логе нет постбека по этой конверсии: возможно, он вообще не отправлялся.</translation>
    </message>
    <message>
        <source>No answer logged: the log does not say what the partner answered, or whether it answered at all.</source>
        <translation>Ответ не записан: по логу не понять, что ответил партнёр и ответил ли вообще.</translation>
    </message>
    <message>
        <source>The callback&apos;s first error: %1.</source>
        <translation>Первая ошибка в постбеке: %1.</translation>
    </message>
    <message>
        <source>The callback&apos;s first error: %1, in %2.</source>
        <translation>Первая ошибка в постбеке: %1, в параметре %2.</translation>
    </message>
    <message>
        <source>No answer logged.</source>
        <translation>Ответ в логе не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracker row(s)</source>
        <translation>
            <numerusform>%n строка трекера</numerusform>
            <numerusform>%n строки трекера</numerusform>
            <numerusform>%n строк трекера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner row(s)</source>
        <translation>
            <numerusform>%n строка партнёра</numerusform>
            <numerusform>%n строки партнёра</numerusform>
            <numerusform>%n строк партнёра</numerusform>
        </translation>
    </message>
    <message>
        <source>Why they failed:</source>
        <translation>Почему не дошли:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например: %1</translation>
    </message>
    <message numerus="yes">
        <source>The check built %n corrected callback(s) to send again.</source>
        <translation>
            <numerusform>Проверка собрала %n исправленный постбек для повторной отправки.</numerusform>
            <numerusform>Проверка собрала %n исправленных постбека для повторной отправки.</numerusform>
            <numerusform>Проверка собрала %n исправленных постбеков для повторной отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent (%2 accepted, %3 refused), %4 failed, %5 in flight, %6 not sent</source>
        <translation>отправлено: %1 (принято: %2, отклонено: %3), ошибок: %4, в полёте: %5, не отправлено: %6</translation>
    </message>
</context>
<context>
    <name>Refire</name>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Next step:</source>
        <translation>Что делать дальше:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>%1 ms to the first byte, %2 ms in total</source>
        <translation>%1 мс до первого байта, %2 мс всего</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>As typed:</source>
        <translation>Как введено:</translation>
    </message>
    <message>
        <source>Request, exactly as sent</source>
        <translation>Запрос в точности как отправлен</translation>
    </message>
    <message>
        <source>(%1 of binary data, not shown)</source>
        <translation>(%1 двоичных данных, не показаны)</translation>
    </message>
    <message>
        <source>(only the first %1 were kept)</source>
        <translation>(сохранены только первые %1)</translation>
    </message>
    <message>
        <source>The partner&apos;s answer</source>
        <translation>Ответ партнёра</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ответа нет</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>To send it again (curl)</source>
        <translation>Чтобы отправить ещё раз (curl)</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Что отправлено</translation>
    </message>
    <message>
        <source>Part / parameter</source>
        <translation>Часть / параметр</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Нерабочий</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправленный</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What the partner answered</source>
        <translation>Что ответил партнёр</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Заголовок %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Кейс: %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оффер</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Трекер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Отчёт создан</translation>
    </message>
    <message>
        <source>Tokens, passwords and credential headers are replaced by [redacted]: a value was there, and it is not shared.</source>
        <translation>Токены, пароли и заголовки авторизации заменены на [redacted]: значение там было, но в отчёт оно не попадает.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Proved</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Кем, когда</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>обмен %1</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>заметка %1</translation>
    </message>
    <message>
        <source>Failing and corrected, side by side</source>
        <translation>Сравнение: нерабочий и исправленный постбек</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Обмен %1</translation>
    </message>
    <message>
        <source>The differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Every exchange of the case</source>
        <translation>Все обмены кейса</translation>
    </message>
    <message>
        <source>Templates and the partner&apos;s confirmation</source>
        <translation>Шаблоны и подтверждение партнёра</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Made with Postback Workbench %1.</source>
        <translation>Создано в Postback Workbench %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more re-fired callback(s) — all in the case file.</source>
        <translation>
            <numerusform>… и ещё %n повторно отправленный постбек — все есть в файле кейса.</numerusform>
            <numerusform>… и ещё %n повторно отправленных постбека — все есть в файле кейса.</numerusform>
            <numerusform>… и ещё %n повторно отправленных постбеков — все есть в файле кейса.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Tracker&apos;s money</source>
        <translation>Сумма у трекера</translation>
    </message>
    <message>
        <source>Partner&apos;s money</source>
        <translation>Сумма у партнёра</translation>
    </message>
    <message>
        <source>Why the missing conversions failed</source>
        <translation>Почему недостающие конверсии не дошли</translation>
    </message>
    <message numerus="yes">
        <source>The tracker&apos;s log has the callback of %1 and the partner&apos;s answer of %2 of the %n conversion(s) checked.</source>
        <translation>
            <numerusform>В логе трекера есть постбек %1 и ответ партнёра %2 из %n проверенной конверсии.</numerusform>
            <numerusform>В логе трекера есть постбек %1 и ответ партнёра %2 из %n проверенных конверсий.</numerusform>
            <numerusform>В логе трекера есть постбек %1 и ответ партнёра %2 из %n проверенных конверсий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check built %n corrected callback(s) to send again.</source>
        <translation>
            <numerusform>Проверка собрала %n исправленный постбек для повторной отправки.</numerusform>
            <numerusform>Проверка собрала %n исправленных постбека для повторной отправки.</numerusform>
            <numerusform>Проверка собрала %n исправленных постбеков для повторной отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Examples (click ID)</source>
        <translation>Примеры (click ID)</translation>
    </message>
    <message>
        <source>Callbacks sent again</source>
        <translation>Повторно отправленные постбеки</translation>
    </message>
    <message>
        <source>Each missing conversion&apos;s corrected callback is sent at most once; the case&apos;s ledger records it before it is sent and its answer after.</source>
        <translation>Исправленный постбек каждой недостающей конверсии отправляется не больше одного раза: журнал кейса записывает его до отправки, а ответ — после.</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>callbacks, a count</comment>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В полёте</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message numerus="yes">
        <source>Tracker: %n conversion(s).</source>
        <translation>
            <numerusform>Трекер: %n конверсия.</numerusform>
            <numerusform>Трекер: %n конверсии.</numerusform>
            <numerusform>Трекер: %n конверсий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner: %n conversion(s).</source>
        <translation>
            <numerusform>Партнёр: %n конверсия.</numerusform>
            <numerusform>Партнёр: %n конверсии.</numerusform>
            <numerusform>Партнёр: %n конверсий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched by click ID on %1.</source>
        <translation>Сопоставлено по click ID: %1.</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>Redirect trace, hop %1 of %2</source>
        <translation>Цепочка редиректов, шаг %1 из %2</translation>
    </message>
    <message>
        <source>Failing:
%1

Corrected:
%2</source>
        <translation>Нерабочий:
%1

Исправленный:
%2</translation>
    </message>
    <message>
        <source>Re-fired for %1</source>
        <translation>Отправлен повторно для %1</translation>
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
    <name>StoreError</name>
    <message>
        <source>The case store &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Не удалось открыть хранилище кейсов «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case store (not an SQLite database). It was left untouched; choose another file or move it aside.</source>
        <translation>«%1» — не хранилище кейсов (не база SQLite). Файл не тронут; выберите другой файл или переместите этот.</translation>
    </message>
    <message>
        <source>The case store &quot;%1&quot; is damaged (%2). It was left untouched; move it aside to start a new store.</source>
        <translation>Хранилище кейсов «%1» повреждено (%2). Файл не тронут; переместите его, чтобы начать новое хранилище.</translation>
    </message>
    <message>
        <source>The case store &quot;%1&quot; was written by a newer version of Postback Workbench (%2). It was left untouched; update the program to open it.</source>
        <translation>Хранилище кейсов «%1» записано более новой версией Postback Workbench (%2). Файл не тронут; обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The case store &quot;%1&quot; could not save this: %2.</source>
        <translation>Не удалось сохранить в хранилище кейсов «%1»: %2.</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>заметки %1</translation>
    </message>
    <message>
        <source>the attachment is larger than %1 MB</source>
        <translation>вложение больше %1 МБ</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>вложения %1</translation>
    </message>
    <message>
        <source>There is no %1 in &quot;%2&quot;.</source>
        <translation>В «%2» нет %1.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>кейса %1</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>обмена %1</translation>
    </message>
    <message>
        <source>The case store &quot;%1&quot; could not be read: %2. Nothing was changed; if another program altered the file, move it aside to start a new store.</source>
        <translation>Не удалось прочитать хранилище кейсов «%1»: %2. Ничего не изменено; если файл изменила другая программа, переместите его и начните новое хранилище.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a case store. It was left untouched; choose another file, or a new one.</source>
        <translation>«%1» — база данных SQLite другой программы, а не хранилище кейсов. Файл не тронут; выберите другой файл или новый.</translation>
    </message>
    <message>
        <source>case store</source>
        <translation>хранилища кейсов</translation>
    </message>
    <message>
        <source>tables of the store are missing</source>
        <translation>в хранилище не хватает таблиц</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <source>the case is missing</source>
        <translation>кейса нет</translation>
    </message>
    <message>
        <source>exchange %1 in case %2</source>
        <translation>обмена %1 в кейсе %2</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>не запланирован</translation>
    </message>
    <message>
        <source>callback %1 of the ledger</source>
        <translation>постбека %1 в журнале отправок</translation>
    </message>
    <message>
        <source>Re-fired for %1</source>
        <translation>Отправлен повторно для %1</translation>
    </message>
    <message>
        <source>the totals of reconciliation %1 are damaged</source>
        <translation>итоги сверки %1 повреждены</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>The scheme differs from the partner&apos;s template: %1 instead of %2.</source>
        <translation>Схема отличается от шаблона партнёра: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The host differs from the partner&apos;s template: %1 instead of %2.</source>
        <translation>Хост отличается от шаблона партнёра: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The port differs from the partner&apos;s template: %1 instead of %2.</source>
        <translation>Порт отличается от шаблона партнёра: %1 вместо %2.</translation>
    </message>
    <message>
        <source>The path differs from the partner&apos;s template: %1 instead of %2.</source>
        <translation>Путь отличается от шаблона партнёра: %1 вместо %2.</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>заполнен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>still a macro</source>
        <translation>остался макросом</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>переименован</translation>
    </message>
    <message>
        <source>different</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>лишний</translation>
    </message>
    <message>
        <source>%1 arrived empty; the template fills it with %2.</source>
        <translation>%1 пришёл пустым; в шаблоне его заполняет %2.</translation>
    </message>
    <message>
        <source>Check that the tracker has a value for %1 when the conversion happens.</source>
        <translation>Проверьте, что в момент конверсии у трекера есть значение для %1.</translation>
    </message>
    <message>
        <source>%1 is in the partner&apos;s template (%2) but not in the callback.</source>
        <translation>%1 есть в шаблоне партнёра (%2), но нет в постбеке.</translation>
    </message>
    <message>
        <source>Add %1=%2 to the callback in your tracker.</source>
        <translation>Добавьте %1=%2 в постбек в вашем трекере.</translation>
    </message>
    <message>
        <source>%1 arrived as %2: the macro was not replaced with a value.</source>
        <translation>%1 пришёл как %2: макрос не заменён значением.</translation>
    </message>
    <message>
        <source>Use the macro your tracker fills in for this value (the template expects %1).</source>
        <translation>Используйте макрос, который ваш трекер заполняет для этого значения (шаблон ждёт %1).</translation>
    </message>
    <message>
        <source>The partner expects %1, but the callback sends %2 (%3): the partner does not read a parameter under another name.</source>
        <translation>Партнёр ждёт %1, а постбек отправляет %2 (%3): параметр под другим именем партнёр не прочитает.</translation>
    </message>
    <message>
        <source>Rename %1 to %2.</source>
        <translation>Переименуйте %1 в %2.</translation>
    </message>
    <message>
        <source>a wrong token: the partner rejects the callback.</source>
        <translation>неверный токен: партнёр отклонит постбек.</translation>
    </message>
    <message>
        <source>a goal or status the partner does not know, so the conversion is not credited (names are often case-sensitive).</source>
        <translation>цель или статус, которых партнёр не знает, поэтому конверсия не засчитывается (имена часто чувствительны к регистру).</translation>
    </message>
    <message>
        <source>a business-rule mismatch: the partner may discard the conversion.</source>
        <translation>расхождение с бизнес-правилами партнёра: он может отбросить конверсию.</translation>
    </message>
    <message>
        <source>%1 is %2, but the partner&apos;s template fixes it to %3: %4</source>
        <translation>%1 = %2, а шаблон партнёра задаёт %3: %4</translation>
    </message>
    <message>
        <source>Send %1=%2 exactly.</source>
        <translation>Отправляйте ровно %1=%2.</translation>
    </message>
    <message>
        <source>%1 is not in the partner&apos;s template; partners usually ignore it.</source>
        <translation>%1 нет в шаблоне партнёра; обычно партнёры такое игнорируют.</translation>
    </message>
    <message>
        <source>Remove it, or ask the partner whether it is needed.</source>
        <translation>Уберите его или уточните у партнёра, нужен ли он.</translation>
    </message>
    <message>
        <source>Send the callback to exactly the address in the template.</source>
        <translation>Отправляйте постбек ровно на адрес из шаблона.</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Refresh header</source>
        <translation>заголовок Refresh</translation>
    </message>
    <message>
        <source>meta refresh</source>
        <translation>meta refresh</translation>
    </message>
    <message>
        <source>JavaScript redirect</source>
        <translation>переход через JavaScript</translation>
    </message>
    <message>
        <source>%1 changed at hop %2: %3 → %4.</source>
        <translation>%1 изменился на шаге %2: %3 → %4.</translation>
    </message>
    <message numerus="yes">
        <source>Every click ID reached the final page intact (%n hop(s)).</source>
        <translation>
            <numerusform>Все click ID дошли до конечной страницы целыми (%n шаг).</numerusform>
            <numerusform>Все click ID дошли до конечной страницы целыми (%n шага).</numerusform>
            <numerusform>Все click ID дошли до конечной страницы целыми (%n шагов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached the final page after %n hop(s); the first URL carries no click ID.</source>
        <translation>
            <numerusform>Конечная страница достигнута за %n шаг; в первом адресе нет click ID.</numerusform>
            <numerusform>Конечная страница достигнута за %n шага; в первом адресе нет click ID.</numerusform>
            <numerusform>Конечная страница достигнута за %n шагов; в первом адресе нет click ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP redirect</source>
        <translation>HTTP-редирект</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>final page</source>
        <translation>конечная страница</translation>
    </message>
    <message numerus="yes">
        <source>Reached the final page after %n hop(s).</source>
        <translation>
            <numerusform>Конечная страница достигнута за %n шаг.</numerusform>
            <numerusform>Конечная страница достигнута за %n шага.</numerusform>
            <numerusform>Конечная страница достигнута за %n шагов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n hop(s): the limit of hops was reached.</source>
        <translation>
            <numerusform>Остановлено после %n шага: достигнут предел шагов.</numerusform>
            <numerusform>Остановлено после %n шагов: достигнут предел шагов.</numerusform>
            <numerusform>Остановлено после %n шагов: достигнут предел шагов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the page sends the browser to %1, which is not a web address (recorded, not followed).</source>
        <translation>Остановлено: страница отправляет браузер на %1, а это не веб-адрес (записано, но не пройдено).</translation>
    </message>
    <message>
        <source>Stopped at hop %1: %2</source>
        <translation>Остановлено на шаге %1: %2</translation>
    </message>
    <message>
        <source>Stopped: the whole trace took longer than allowed.</source>
        <translation>Остановлено: проверка цепочки заняла больше отведённого времени.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>hops %1</source>
        <translation>шаги %1</translation>
    </message>
    <message>
        <source>User agent: %1</source>
        <translation>User agent: %1</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Tracking parameters (hop by hop: ✓ present, + appeared, ≠ changed, ✗ lost, · absent):</source>
        <translation>Трекинговые параметры (по шагам: ✓ есть, + появился, ≠ изменился, ✗ потерян, · нет):</translation>
    </message>
    <message>
        <source>No tracking parameter found.</source>
        <translation>Трекинговых параметров не найдено.</translation>
    </message>
    <message>
        <source>%1 lost at hop %2: hop %3&apos;s %4 from %5 to %6 dropped the query string.</source>
        <translation>%1 потерян на шаге %2: переход на шаге %3 (%4) с %5 на %6 отбросил строку запроса.</translation>
    </message>
    <message>
        <source>%1 lost at hop %2: hop %3&apos;s %4 from %5 to %6 left the parameter out.</source>
        <translation>%1 потерян на шаге %2: переход на шаге %3 (%4) с %5 на %6 не передал этот параметр.</translation>
    </message>
    <message>
        <source>%1 lost in the link hop %2 sends to: its %3 to %4 left the parameter out.</source>
        <translation>%1 потерян в ссылке, куда ведёт шаг %2: переход (%3) на %4 не передал этот параметр.</translation>
    </message>
    <message>
        <source>error page</source>
        <translation>страница ошибки</translation>
    </message>
    <message>
        <source>Stopped: a redirect loop (%1) sends the browser round in a circle, so the click never reaches a landing page.</source>
        <translation>Остановлено: петля редиректов (%1) гоняет браузер по кругу, и клик так и не доходит до лендинга.</translation>
    </message>
    <message>
        <source>The click ends on an error page: hop %1 answered HTTP %2, so it never reaches a landing page.</source>
        <translation>Клик заканчивается на странице ошибки: шаг %1 ответил HTTP %2, до лендинга он не доходит.</translation>
    </message>
    <message>
        <source>QA click %1: lost at hop %2.</source>
        <translation>Тестовый клик %1: потерян на шаге %2.</translation>
    </message>
    <message>
        <source>QA click %1: changed at hop %2 to %3.</source>
        <translation>Тестовый клик %1: на шаге %2 изменён на %3.</translation>
    </message>
    <message>
        <source>QA click %1 reached the landing page intact.</source>
        <translation>Тестовый клик %1 дошёл до лендинга целым.</translation>
    </message>
    <message>
        <source>QA click %1: the trace did not reach a landing page.</source>
        <translation>Тестовый клик %1: цепочка не дошла до лендинга.</translation>
    </message>
    <message>
        <source>QA click %1: %2 is not in the link.</source>
        <translation>Тестовый клик %1: в ссылке нет %2.</translation>
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
        <translation>Имя хоста не найдено в DNS: проверьте домен в URL.</translation>
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
    <name>UserAgents</name>
    <message>
        <source>Chrome on a desktop</source>
        <translation>Chrome на компьютере</translation>
    </message>
    <message>
        <source>iPhone Safari</source>
        <translation>Safari на iPhone</translation>
    </message>
    <message>
        <source>Android Chrome</source>
        <translation>Chrome на Android</translation>
    </message>
    <message>
        <source>Facebook in-app browser (iPhone)</source>
        <translation>Встроенный браузер Facebook (iPhone)</translation>
    </message>
    <message>
        <source>TikTok in-app browser (Android)</source>
        <translation>Встроенный браузер TikTok (Android)</translation>
    </message>
    <message>
        <source>A plain crawler</source>
        <translation>Простой бот</translation>
    </message>
</context>
<context>
    <name>VerdictMessage</name>
    <message>
        <source>The partner answered that the conversion was accepted.</source>
        <translation>Партнёр ответил, что конверсия принята.</translation>
    </message>
    <message>
        <source>Confirm in the partner&apos;s report that the conversion appears with the expected payout, status and date (some trackers file it under the day of the click).</source>
        <translation>Проверьте в отчёте партнёра, что конверсия появилась с нужной выплатой, статусом и датой (некоторые трекеры записывают её на день клика).</translation>
    </message>
    <message>
        <source>The partner answered 204 No Content: accepted without a word, as some partners (Taboola) do.</source>
        <translation>Партнёр ответил 204 No Content: принято молча — так отвечают некоторые партнёры (Taboola).</translation>
    </message>
    <message>
        <source>Confirm in the partner&apos;s report that the conversion appears; the answer itself proves only that it was received.</source>
        <translation>Проверьте в отчёте партнёра, что конверсия появилась: сам ответ доказывает только, что запрос получен.</translation>
    </message>
    <message>
        <source>The tracker only queued the callback: it looks the click up later, so this answer does not prove the conversion was recorded.</source>
        <translation>Трекер только поставил постбек в очередь: клик он ищет позже, так что этот ответ не доказывает, что конверсия записана.</translation>
    </message>
    <message>
        <source>Open the tracker&apos;s postback log and find this click ID: only the log says whether the conversion was recorded, and why not.</source>
        <translation>Откройте лог постбеков трекера и найдите этот click ID: только лог скажет, записана ли конверсия и почему нет.</translation>
    </message>
    <message>
        <source>The partner answered but rejected it as a duplicate: a conversion for this click (or transaction) is already recorded.</source>
        <translation>Партнёр ответил, но отклонил постбек как дубль: конверсия по этому клику (или транзакции) уже записана.</translation>
    </message>
    <message>
        <source>Look this click ID up in the partner&apos;s report: the conversion may already be there. For a repeat conversion send a new transaction ID; for a test, use a fresh click.</source>
        <translation>Найдите этот click ID в отчёте партнёра: конверсия может уже быть там. Для повторной конверсии отправляйте новый ID транзакции, для теста — свежий клик.</translation>
    </message>
    <message>
        <source>The partner answered but did not recognise the click ID: unknown, stale, expired or malformed.</source>
        <translation>Партнёр ответил, но не нашёл click ID: неизвестный, устаревший, просроченный или искажённый.</translation>
    </message>
    <message>
        <source>The tracker says the click ID (subid) in the callback is empty or wrong.</source>
        <translation>Трекер сообщает, что click ID (subid) в постбеке пустой или неверный.</translation>
    </message>
    <message>
        <source>The partner refused the callback&apos;s credentials: a wrong key or token, or your IP address is not on their allow-list.</source>
        <translation>Партнёр отклонил авторизацию постбека: неверный ключ или токен либо вашего IP-адреса нет в его белом списке.</translation>
    </message>
    <message>
        <source>Check the postback key or token against the partner&apos;s panel, and ask the partner whether the IP address you send from is allow-listed.</source>
        <translation>Сверьте ключ или токен постбека с панелью партнёра и спросите партнёра, есть ли в белом списке IP-адрес, с которого вы отправляете.</translation>
    </message>
    <message>
        <source>The partner refused the key, token or secret in the callback.</source>
        <translation>Партнёр не принял ключ, токен или секрет в постбеке.</translation>
    </message>
    <message>
        <source>Copy the postback key or token again from the partner&apos;s panel (on Keitaro it is part of the path) and compare it with the callback in Template diff.</source>
        <translation>Скопируйте ключ или токен постбека заново из панели партнёра (в Keitaro он входит в путь) и сравните с постбеком на вкладке «Сравнение с шаблоном».</translation>
    </message>
    <message>
        <source>The partner refused the callback because it came from an IP address they do not allow.</source>
        <translation>Партнёр отклонил постбек, потому что он пришёл с IP-адреса, которого нет в белом списке.</translation>
    </message>
    <message>
        <source>Give the partner the IP address your tracker sends from (it changes when the server moves) and ask them to allow-list it.</source>
        <translation>Сообщите партнёру IP-адрес, с которого отправляет ваш трекер (он меняется при переезде сервера), и попросите добавить его в белый список.</translation>
    </message>
    <message>
        <source>The partner answered but refused the conversion by a business rule: goal, payout, status, currency, offer or cap.</source>
        <translation>Партнёр ответил, но отклонил конверсию по бизнес-правилу: цель, выплата, статус, валюта, оффер или кап.</translation>
    </message>
    <message>
        <source>Compare goal, status, payout and currency with the partner&apos;s approved template in Template diff, and ask whether the offer is active and under its cap.</source>
        <translation>Сравните цель, статус, выплату и валюту с утверждённым шаблоном партнёра на вкладке «Сравнение с шаблоном» и спросите, активен ли оффер и не исчерпан ли кап.</translation>
    </message>
    <message>
        <source>The partner refused the payout (amount) in the callback.</source>
        <translation>Партнёр не принял выплату (сумму) в постбеке.</translation>
    </message>
    <message>
        <source>Check the payout&apos;s format (a period as the decimal separator, no currency sign) and whether the offer expects a payout at all.</source>
        <translation>Проверьте формат выплаты (точка как десятичный разделитель, без знака валюты) и нужна ли этому офферу выплата в постбеке вообще.</translation>
    </message>
    <message>
        <source>The partner does not know the goal or event named in the callback.</source>
        <translation>Партнёр не знает цель или событие, указанные в постбеке.</translation>
    </message>
    <message>
        <source>Compare the goal or event name with the partner&apos;s offer settings, letter for letter: some partners match it case-sensitively.</source>
        <translation>Сравните название цели или события с настройками оффера у партнёра буква в букву: некоторые партнёры учитывают регистр.</translation>
    </message>
    <message>
        <source>The partner says the offer is disabled or not available.</source>
        <translation>Партнёр сообщает, что оффер отключён или недоступен.</translation>
    </message>
    <message>
        <source>Ask the partner whether the offer is active for you and under its cap.</source>
        <translation>Спросите партнёра, активен ли для вас оффер и не исчерпан ли кап.</translation>
    </message>
    <message>
        <source>The partner refused to change the conversion&apos;s status.</source>
        <translation>Партнёр отказался менять статус конверсии.</translation>
    </message>
    <message>
        <source>Check which status changes the partner allows (often only from pending) and what status the conversion has now.</source>
        <translation>Проверьте, какие смены статуса разрешает партнёр (часто только из pending) и какой статус у конверсии сейчас.</translation>
    </message>
    <message>
        <source>The answer suggests the partner handled it as a test, not a real conversion.</source>
        <translation>Похоже, партнёр обработал это как тест, а не как настоящую конверсию.</translation>
    </message>
    <message>
        <source>Ask the partner whether the postback or the offer is in test mode, and where test conversions are shown.</source>
        <translation>Спросите партнёра, не в тестовом ли режиме постбек или оффер и где видны тестовые конверсии.</translation>
    </message>
    <message>
        <source>The partner answered that it did not accept the conversion, without a reason this program recognises.</source>
        <translation>Партнёр ответил, что не принял конверсию, но причину программа не распознала.</translation>
    </message>
    <message>
        <source>Read the partner&apos;s answer below and ask them what it means, with this exchange; meanwhile check the click ID, goal and payout against the template.</source>
        <translation>Прочитайте ответ партнёра ниже и спросите его, что он значит, приложив этот обмен; тем временем сверьте click ID, цель и выплату с шаблоном.</translation>
    </message>
    <message>
        <source>The partner answered with an HTML error page, although the status says success.</source>
        <translation>Партнёр ответил HTML-страницей ошибки, хотя статус говорит об успехе.</translation>
    </message>
    <message>
        <source>The address probably leads to a website, not to the postback handler: check the host and path against the template.</source>
        <translation>Скорее всего, адрес ведёт на сайт, а не на обработчик постбеков: сверьте хост и путь с шаблоном.</translation>
    </message>
    <message>
        <source>The partner answered with a web page, not a postback answer: only the partner can confirm the conversion.</source>
        <translation>Партнёр ответил веб-страницей, а не ответом на постбек: конверсию может подтвердить только партнёр.</translation>
    </message>
    <message>
        <source>Check that the host and path are the partner&apos;s postback address, not their website; then ask the partner whether the conversion was recorded.</source>
        <translation>Проверьте, что хост и путь — адрес постбеков партнёра, а не его сайт; затем спросите партнёра, записана ли конверсия.</translation>
    </message>
    <message>
        <source>The partner answered with a redirect (%1); most senders do not follow it, so the callback did not reach its handler.</source>
        <translation>Партнёр ответил редиректом (%1); большинство отправителей не следуют редиректам, так что постбек не дошёл до обработчика.</translation>
    </message>
    <message>
        <source>Put the address from the Location header into the template (often http → https or a new domain), then send again.</source>
        <translation>Впишите в шаблон адрес из заголовка Location (часто это http → https или новый домен) и отправьте снова.</translation>
    </message>
    <message>
        <source>The partner has no postback handler at this address (%1).</source>
        <translation>У партнёра нет обработчика постбеков по этому адресу (%1).</translation>
    </message>
    <message>
        <source>Compare the host and path with the approved template; on Keitaro the path holds the postback key.</source>
        <translation>Сверьте хост и путь с утверждённым шаблоном; в Keitaro в пути стоит ключ постбека.</translation>
    </message>
    <message>
        <source>The partner refused the request as malformed (%1).</source>
        <translation>Партнёр отклонил запрос как некорректный (%1).</translation>
    </message>
    <message>
        <source>Compare the callback with the approved template in Template diff: a required parameter may be missing or badly formatted.</source>
        <translation>Сравните постбек с утверждённым шаблоном на вкладке «Сравнение с шаблоном»: возможно, не хватает обязательного параметра или он в неверном формате.</translation>
    </message>
    <message>
        <source>The partner is limiting how often you may call (%1).</source>
        <translation>Партнёр ограничивает частоту запросов (%1).</translation>
    </message>
    <message>
        <source>Wait, then send again more slowly; a Retry-After header, when there is one, says how long.</source>
        <translation>Подождите и отправьте снова, реже; заголовок Retry-After, если он есть, говорит, сколько ждать.</translation>
    </message>
    <message>
        <source>The partner&apos;s server failed while handling the callback (%1).</source>
        <translation>На сервере партнёра произошла ошибка при обработке постбека (%1).</translation>
    </message>
    <message>
        <source>Send again later; if it keeps failing, send this exchange to the partner&apos;s support: the problem is on their side.</source>
        <translation>Отправьте позже ещё раз; если ошибка повторяется, отправьте этот обмен в поддержку партнёра: проблема на их стороне.</translation>
    </message>
    <message>
        <source>The partner refused the callback with HTTP %1.</source>
        <translation>Партнёр отклонил постбек с кодом HTTP %1.</translation>
    </message>
    <message>
        <source>Read the answer below for the partner&apos;s reason; check the address and parameters against the template.</source>
        <translation>Причину ищите в ответе партнёра ниже; сверьте адрес и параметры с шаблоном.</translation>
    </message>
    <message>
        <source>The partner answered %1 with an empty body: that proves only that the server answered; only the partner can confirm the conversion.</source>
        <translation>Партнёр ответил %1 с пустым телом: это доказывает только, что сервер ответил; конверсию может подтвердить только партнёр.</translation>
    </message>
    <message>
        <source>Ask the partner, or look in their postback log, whether a conversion with this click ID was recorded.</source>
        <translation>Спросите партнёра или посмотрите в его логе постбеков, записана ли конверсия с этим click ID.</translation>
    </message>
    <message>
        <source>Ask the partner, or look in their postback log, whether a conversion with this click ID was recorded. If their answer has a meaning, add a rule for it.</source>
        <translation>Спросите партнёра или посмотрите в его логе постбеков, записана ли конверсия с этим click ID. Если у ответа есть смысл, добавьте для него правило.</translation>
    </message>
    <message>
        <source>The partner answered %1 with a binary body, which says nothing about the conversion: only the partner can confirm.</source>
        <translation>Партнёр ответил %1 с двоичным телом, которое ничего не говорит о конверсии: подтвердить может только партнёр.</translation>
    </message>
    <message>
        <source>Check that the address is the partner&apos;s postback handler, then ask the partner whether the conversion was recorded.</source>
        <translation>Проверьте, что адрес — обработчик постбеков партнёра, затем спросите партнёра, записана ли конверсия.</translation>
    </message>
    <message>
        <source>The callback itself is wrong, so whatever the partner answered, this conversion cannot be credited as intended.</source>
        <translation>Ошибка в самом постбеке: что бы ни ответил партнёр, эту конверсию не засчитают как задумано.</translation>
    </message>
    <message>
        <source>The callback never reached the partner: the host name was not found.</source>
        <translation>Постбек не дошёл до партнёра: имя хоста не найдено.</translation>
    </message>
    <message>
        <source>Check the host name in the callback for typos and against the template; a tracking domain may have expired or moved.</source>
        <translation>Проверьте имя хоста в постбеке на опечатки и сверьте с шаблоном; возможно, трекинговый домен истёк или переехал.</translation>
    </message>
    <message>
        <source>The callback never reached the partner: the server refused the connection.</source>
        <translation>Постбек не дошёл до партнёра: сервер отказал в соединении.</translation>
    </message>
    <message>
        <source>Check the host and port; ask the partner whether the endpoint is up or has moved.</source>
        <translation>Проверьте хост и порт; спросите партнёра, работает ли адрес или он переехал.</translation>
    </message>
    <message>
        <source>The callback never reached the partner: the secure (TLS) connection could not be made.</source>
        <translation>Постбек не дошёл до партнёра: не удалось установить защищённое (TLS) соединение.</translation>
    </message>
    <message>
        <source>Check that the host name matches the partner&apos;s certificate and that it has not expired; a sender refuses such a server just as this program did.</source>
        <translation>Проверьте, что имя хоста совпадает с сертификатом партнёра и что сертификат не истёк; отправитель, как и эта программа, не станет соединяться с таким сервером.</translation>
    </message>
    <message>
        <source>The partner did not answer in time.</source>
        <translation>Партнёр не ответил вовремя.</translation>
    </message>
    <message>
        <source>Send again; if it keeps timing out, tell the partner: a sender may give up even sooner and never retry.</source>
        <translation>Отправьте ещё раз; если время ожидания снова истекает, сообщите партнёру: отправитель может прекратить ожидание ещё раньше и не повторить попытку.</translation>
    </message>
    <message>
        <source>The connection was cut before a complete answer arrived.</source>
        <translation>Соединение оборвалось до того, как пришёл полный ответ.</translation>
    </message>
    <message>
        <source>Send again; check proxies and firewalls between you and the partner, and ask the partner.</source>
        <translation>Отправьте ещё раз; проверьте прокси и файрволы между вами и партнёром и спросите партнёра.</translation>
    </message>
    <message>
        <source>The partner&apos;s redirects go round in a circle and never reach an answer.</source>
        <translation>Редиректы партнёра идут по кругу и не доходят до ответа.</translation>
    </message>
    <message>
        <source>Send it to the partner: their server is misconfigured.</source>
        <translation>Отправьте это партнёру: его сервер настроен неверно.</translation>
    </message>
    <message>
        <source>You cancelled the request, so there is no answer to judge.</source>
        <translation>Вы отменили запрос, так что оценивать нечего.</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>Отправьте снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>The callback got no HTTP answer.</source>
        <translation>На постбек не пришёл HTTP-ответ.</translation>
    </message>
    <message>
        <source>Read the error below, then send again.</source>
        <translation>Прочитайте ошибку ниже и отправьте снова.</translation>
    </message>
    <message>
        <source>Fix the callback first (its errors are listed in the evidence), compare it with the approved template in Template diff, then send it again.</source>
        <translation>Сначала исправьте постбек (его ошибки перечислены в основаниях), сравните его с утверждённым шаблоном на вкладке «Сравнение с шаблоном», затем отправьте снова.</translation>
    </message>
    <message>
        <source>The partner refused the conversion because a cap (a limit on conversions or budget) is reached.</source>
        <translation>Партнёр отклонил конверсию: достигнут кап (лимит конверсий или бюджета).</translation>
    </message>
    <message>
        <source>Ask the partner which cap is reached (daily, monthly, per offer) and when it resets; conversions over a cap are usually not paid even when sent again.</source>
        <translation>Спросите партнёра, какой кап достигнут (дневной, месячный, по офферу) и когда он сбросится; конверсии сверх капа обычно не оплачиваются, даже если отправить их снова.</translation>
    </message>
    <message>
        <source>The partner refused the currency of the callback.</source>
        <translation>Партнёр не принял валюту в постбеке.</translation>
    </message>
    <message>
        <source>Send the currency as the partner expects it (a three-letter ISO 4217 code such as USD or EUR), or leave it out when the offer has one currency.</source>
        <translation>Передавайте валюту так, как ждёт партнёр (трёхбуквенный код ISO 4217, например USD или EUR), или не передавайте её, если у оффера одна валюта.</translation>
    </message>
    <message>
        <source>The partner refused the conversion&apos;s time: before the click, in the future, too soon after the click or older than they accept.</source>
        <translation>Партнёр не принял время конверсии: раньше клика, в будущем, слишком скоро после клика или старше допустимого.</translation>
    </message>
    <message>
        <source>Check the conversion time you send (Unix seconds or the format the partner asks for, in the right time zone) against the click&apos;s time and the partner&apos;s window, then send it again.</source>
        <translation>Сверьте отправляемое время конверсии (секунды Unix или формат, который просит партнёр, в нужном часовом поясе) со временем клика и окном партнёра, затем отправьте снова.</translation>
    </message>
    <message>
        <source>The partner answered %1, but no rule recognised this answer: only the partner can confirm whether the conversion was recorded.</source>
        <translation>Партнёр ответил %1, но ни одно правило не распознало этот ответ: записана ли конверсия, может подтвердить только партнёр.</translation>
    </message>
    <message>
        <source>The partner answered that it came too late: the click (or the conversion) is older than their window allows.</source>
        <translation>Партнёр ответил, что конверсия пришла слишком поздно: клик (или сама конверсия) старше, чем допускает его окно.</translation>
    </message>
    <message>
        <source>Compare the click&apos;s and the conversion&apos;s time with the partner&apos;s window (often 30 days for a click, 7 days for a conversion API&apos;s event); test with a fresh click, and send conversions sooner.</source>
        <translation>Сверьте время клика и конверсии с окном партнёра (часто 30 дней для клика и 7 дней для события в API конверсий); проверьте на свежем клике и отправляйте конверсии раньше.</translation>
    </message>
    <message>
        <source>Check that the click ID goes under the parameter name the partner&apos;s template expects (clickid is not click_id): compare the callback with the template in Template diff. Then check that the value is the click ID the partner issued for this click (not cut short, not a macro, not from an old test), and try a fresh QA click.</source>
        <translation>Проверьте, что click ID передаётся в параметре с тем именем, которого ждёт шаблон партнёра (clickid — это не click_id): сравните постбек с шаблоном во вкладке «Сравнение с шаблоном». Затем проверьте, что в нём тот click ID, который партнёр выдал для этого клика (не обрезан, не макрос, не из старого теста), и сделайте свежий тестовый клик.</translation>
    </message>
    <message>
        <source>Check that the click ID goes under the parameter name the partner&apos;s template expects (clickid is not click_id) and that the sender fills its macro: compare the callback with the template in Template diff. Then make a fresh QA click and check that it reached the offer with its click ID.</source>
        <translation>Проверьте, что click ID передаётся в параметре с тем именем, которого ждёт шаблон партнёра (clickid — это не click_id), и что отправитель подставляет его макрос: сравните постбек с шаблоном во вкладке «Сравнение с шаблоном». Затем сделайте свежий тестовый клик и проверьте, что он дошёл до оффера со своим click ID.</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message numerus="yes">
        <source>The callback itself also has %n error(s): fix them too.</source>
        <translation>
            <numerusform>В самом постбеке тоже есть %n ошибка: исправьте и её.</numerusform>
            <numerusform>В самом постбеке тоже есть %n ошибки: исправьте и их.</numerusform>
            <numerusform>В самом постбеке тоже есть %n ошибок: исправьте и их.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Ошибка HTTP</translation>
    </message>
    <message>
        <source>Wrong callback</source>
        <translation>Ошибка в постбеке</translation>
    </message>
    <message>
        <source>Refused by the partner</source>
        <translation>Отклонено партнёром</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>click ID</source>
        <translation>click ID</translation>
    </message>
    <message>
        <source>business rule</source>
        <translation>бизнес-правило</translation>
    </message>
    <message>
        <source>key, token or IP</source>
        <translation>ключ, токен или IP</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>тестовый режим</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>лимит запросов</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>редирект</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>низкая уверенность</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>средняя уверенность</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>высокая уверенность</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Статус HTTP: %1</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>Заголовок %1: %2</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Тело: %1</translation>
    </message>
    <message>
        <source>JSON field %1: %2</source>
        <translation>Поле JSON %1: %2</translation>
    </message>
    <message>
        <source>XML element &lt;%1&gt;: %2</source>
        <translation>Элемент XML &lt;%1&gt;: %2</translation>
    </message>
    <message>
        <source>Page title: %1</source>
        <translation>Заголовок страницы: %1</translation>
    </message>
    <message>
        <source>Body: empty</source>
        <translation>Тело: пустое</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>Постбек: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 %2</source>
        <translation>Вердикт: %1 %2</translation>
    </message>
    <message>
        <source>  Evidence:</source>
        <translation>  Основания:</translation>
    </message>
    <message>
        <source>  Judged on the captured part of the body only.</source>
        <translation>  Оценено только по сохранённой части тела.</translation>
    </message>
    <message>
        <source>  Next step: %1</source>
        <translation>  Что делать дальше: %1</translation>
    </message>
    <message>
        <source>  (rule &quot;%1&quot;)</source>
        <translation>  (правило «%1»)</translation>
    </message>
    <message>
        <source>  (rule &quot;%1&quot;: an answer documented for %2)</source>
        <translation>  (правило «%1»: ответ, описанный в документации %2)</translation>
    </message>
    <message>
        <source>The partner&apos;s answer says: “%1”.</source>
        <translation>В ответе партнёра: «%1».</translation>
    </message>
    <message>
        <source>Its answer names a cause, though: %1</source>
        <translation>Но в ответе названа причина: %1</translation>
    </message>
    <message>
        <source>Slow answer: %1 s, longer than the %2 s after which many trackers and networks give up on a callback: the sender may count it as failed, whatever the answer says.</source>
        <translation>Медленный ответ: %1 с — дольше %2 с, после которых многие трекеры и партнёрки перестают ждать постбек: отправитель может засчитать его как неудачный, что бы ни было в ответе.</translation>
    </message>
    <message>
        <source>Check in the sender&apos;s log that it did not time out, and ask the partner why the answer took so long.</source>
        <translation>Проверьте в логе отправителя, что запрос не оборвался по тайм-ауту, и спросите партнёра, почему ответ шёл так долго.</translation>
    </message>
    <message>
        <source>This callback sends the click ID as %1.</source>
        <translation>Этот постбек передаёт click ID в параметре %1.</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>the class {%1} is not defined.</source>
        <translation>класс {%1} не определён.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a class must stand alone, as {name}.</source>
        <translation>«%1»: класс пишется отдельно, как {имя}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a word.</source>
        <translation>«%1» — не слово.</translation>
    </message>
    <message>
        <source>an empty pattern.</source>
        <translation>пустой шаблон.</translation>
    </message>
    <message>
        <source>The vocabulary must be a JSON object with a &quot;concepts&quot; list.</source>
        <translation>Словарь должен быть JSON-объектом со списком «concepts».</translation>
    </message>
    <message>
        <source>The vocabulary is in a newer format: update the program.</source>
        <translation>Словарь в более новом формате: обновите программу.</translation>
    </message>
    <message>
        <source>a class entry must be words.</source>
        <translation>элемент класса должен состоять из слов.</translation>
    </message>
    <message>
        <source>every concept needs an id of its own.</source>
        <translation>у каждого понятия должен быть свой id.</translation>
    </message>
    <message>
        <source>&quot;kind&quot;, &quot;bucket&quot; or &quot;negated&quot; has a value not known.</source>
        <translation>у «kind», «bucket» или «negated» неизвестное значение.</translation>
    </message>
    <message>
        <source>&quot;layer&quot; has a value not known.</source>
        <translation>у «layer» неизвестное значение.</translation>
    </message>
    <message>
        <source>&quot;gap&quot; must be 0 to %1.</source>
        <translation>«gap» должен быть от 0 до %1.</translation>
    </message>
    <message>
        <source>a concept needs patterns.</source>
        <translation>у понятия должны быть шаблоны.</translation>
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
        <translation>Отправленное (`%1`) отличается от введённого (`%2`).</translation>
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
    <name>pbw::CaseStore</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (импорт)</translation>
    </message>
</context>
<context>
    <name>pbw::CurlScript</name>
    <message>
        <source>Case &quot;%1&quot;: the requests of its exchanges, as curl commands.</source>
        <translation>Кейс «%1»: запросы его обменов в виде команд curl.</translation>
    </message>
    <message>
        <source>Exchange %1 · %2 · %3 · sent %4</source>
        <translation>Обмен %1 · %2 · %3 · отправлен %4</translation>
    </message>
</context>
<context>
    <name>pbw::Exchange</name>
    <message>
        <source>The answer&apos;s headers could not be read: either the server sent none, or it sent more than 100 header fields or one longer than 100 KB, which the network library drops whole. The status and the body are kept; the headers (the content type among them) are not.</source>
        <translation>Заголовки ответа прочитать не удалось: либо сервер их не прислал, либо прислал больше 100 полей или одно длиннее 100 КБ — такие сетевая библиотека отбрасывает целиком. Статус и тело сохранены; заголовки (в том числе тип содержимого) — нет.</translation>
    </message>
</context>
<context>
    <name>pbw::Export</name>
    <message>
        <source>Case file, to open in Postback Workbench (.pbcase)</source>
        <translation>Файл кейса для Postback Workbench (.pbcase)</translation>
    </message>
    <message>
        <source>HAR, for browser devtools and HTTP tools (.har)</source>
        <translation>HAR для инструментов разработчика браузера и HTTP-программ (.har)</translation>
    </message>
    <message>
        <source>Report for the partner, to open in a browser (.html)</source>
        <translation>Отчёт для партнёра, открывается в браузере (.html)</translation>
    </message>
    <message>
        <source>curl commands, to send the requests again (.sh)</source>
        <translation>Команды curl для повторной отправки запросов (.sh)</translation>
    </message>
    <message>
        <source>Report for the partner, to print (.pdf)</source>
        <translation>Отчёт для партнёра, для печати (.pdf)</translation>
    </message>
    <message>
        <source>%1 in the URL</source>
        <translation>%1 в URL</translation>
    </message>
    <message>
        <source>%1 in the form body</source>
        <translation>%1 в теле формы</translation>
    </message>
    <message>
        <source>%1 header</source>
        <translation>заголовок %1</translation>
    </message>
    <message>
        <source>%1 in the JSON body</source>
        <translation>%1 в теле JSON</translation>
    </message>
    <message>
        <source>%1 — never saved in the case</source>
        <translation>%1 — в кейсе не сохранялся</translation>
    </message>
    <message>
        <source>%1 — found now</source>
        <translation>%1 — найден сейчас</translation>
    </message>
    <message>
        <source>user info in the URL</source>
        <translation>данные пользователя в URL</translation>
    </message>
    <message>
        <source>password of %1 in the URL</source>
        <translation>пароль %1 в URL</translation>
    </message>
    <message numerus="yes">
        <source>(and %n time(s) where the answer repeated it)</source>
        <translation>
            <numerusform>(и ещё %n раз там, где ответ его повторил)</numerusform>
            <numerusform>(и ещё %n раза там, где ответ его повторил)</numerusform>
            <numerusform>(и ещё %n раз там, где ответ его повторил)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::Har</name>
    <message>
        <source>Only the first %1 bytes of the body were kept.</source>
        <translation>Сохранены только первые %1 байт тела.</translation>
    </message>
    <message>
        <source>Exchange %1 · %2 · %3</source>
        <translation>Обмен %1 · %2 · %3</translation>
    </message>
    <message>
        <source>a body larger than %1 MB</source>
        <translation>тело больше %1 МБ</translation>
    </message>
    <message>
        <source>not a request (no method, or no URL)</source>
        <translation>не запрос (нет метода или URL)</translation>
    </message>
    <message>
        <source>not a request (not a JSON object)</source>
        <translation>не запрос (не объект JSON)</translation>
    </message>
</context>
<context>
    <name>pbw::ReportPdf</name>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
</context>
<context>
    <name>pbw::Secrets</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Хранилище ключей недоступно (%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Хранилище ключей отклонило запрос: %1</translation>
    </message>
    <message>
        <source>The value of %1 was not kept when the exchange was saved.</source>
        <translation>Значение %1 не сохранялось, когда обмен записывали в кейс.</translation>
    </message>
    <message>
        <source>The keychain no longer holds the value of %1.</source>
        <translation>В хранилище ключей больше нет значения %1.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::BatchFileSide</name>
    <message>
        <source>Choose the tracker&apos;s export first.</source>
        <translation>Сначала выберите выгрузку трекера.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s report first.</source>
        <translation>Сначала выберите отчёт партнёра.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: use a name such as Europe/Moscow, or an offset such as +03:00.</source>
        <translation>Неизвестный часовой пояс «%1»: укажите название, например Europe/Moscow, или смещение, например +03:00.</translation>
    </message>
    <message>
        <source>The tracker&apos;s export</source>
        <translation>Выгрузка трекера</translation>
    </message>
    <message>
        <source>The partner&apos;s report</source>
        <translation>Отчёт партнёра</translation>
    </message>
    <message>
        <source>CSV or TSV exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Выгрузки CSV или TSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: файл не читается: %2</translation>
    </message>
    <message>
        <source>columns chosen by hand</source>
        <translation>колонки выбраны вручную</translation>
    </message>
    <message>
        <source>Tracker&apos;s export</source>
        <translation>Выгрузка трекера</translation>
    </message>
    <message>
        <source>Partner&apos;s report</source>
        <translation>Отчёт партнёра</translation>
    </message>
    <message>
        <source>The conversion or postback log, CSV or TSV</source>
        <translation>Лог конверсий или постбеков, CSV или TSV</translation>
    </message>
    <message>
        <source>The partner&apos;s conversion report, CSV or TSV</source>
        <translation>Отчёт партнёра по конверсиям, CSV или TSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <source>Find the columns by their names</source>
        <translation>Найти колонки по названиям</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>The zone of times written without one: Europe/Moscow, UTC, +03:00</source>
        <translation>Пояс для времени, записанного без пояса: Europe/Moscow, UTC, +03:00</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Колонки…</translation>
    </message>
    <message>
        <source>Choose which column holds each field, with a preview of the first rows</source>
        <translation>Выбрать, в какой колонке какое поле, с предпросмотром первых строк</translation>
    </message>
</context>
<context>
    <name>pbw::ui::BatchPanel</name>
    <message>
        <source>The tracker&apos;s file needs a postback URL column to send the callbacks.</source>
        <translation>Чтобы отправить постбеки, в файле трекера нужна колонка с URL постбека.</translation>
    </message>
    <message>
        <source>Nothing is missing at the partner.</source>
        <translation>У партнёра ничего не потерялось.</translation>
    </message>
    <message>
        <source>Open or create a case first: its ledger records the sends.</source>
        <translation>Сначала откройте или создайте кейс: отправки записываются в его журнал.</translation>
    </message>
    <message>
        <source>Send the logged callbacks of the missing conversions again, through the case&apos;s ledger: never twice.</source>
        <translation>Переотправить залогированные постбеки недостающих конверсий через журнал кейса: ни одного дважды.</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>Читаю %1 и %2…</translation>
    </message>
    <message>
        <source>estimating the time left…</source>
        <translation>оцениваю оставшееся время…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <source>Reconcile cancelled; the results shown before are kept.</source>
        <translation>Сверка отменена; прежние результаты остались.</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Сверка не выполнена: %1</translation>
    </message>
    <message>
        <source>A file could not be read; the results shown before are kept.</source>
        <translation>Файл не прочитан; прежние результаты остались.</translation>
    </message>
    <message>
        <source>Reconciled in %1 s.</source>
        <translation>Сверка заняла %1 с.</translation>
    </message>
    <message>
        <source>Choose the tracker&apos;s export and the partner&apos;s report, then Reconcile.</source>
        <translation>Выберите выгрузку трекера и отчёт партнёра и нажмите «Сверить».</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n tracker row(s), </source>
        <translation>
            <numerusform>%1 × %2: %n строка трекера, </numerusform>
            <numerusform>%1 × %2: %n строки трекера, </numerusform>
            <numerusform>%1 × %2: %n строк трекера, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner row(s)</source>
        <translation>
            <numerusform>%n строка партнёра</numerusform>
            <numerusform>%n строки партнёра</numerusform>
            <numerusform>%n строк партнёра</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the reconciled rows</source>
        <translation>Экспорт строк сверки</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n строка записана в %1.</numerusform>
            <numerusform>%n строки записаны в %1.</numerusform>
            <numerusform>%n строк записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No missing conversion has a logged http(s) postback to send.</source>
        <translation>Ни у одной недостающей конверсии нет залогированного http(s)-постбека для отправки.</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Нечего отправлять</translation>
    </message>
    <message numerus="yes">
        <source>The ledger of this case has every one of these %n callback(s) already: none is sent twice.</source>
        <translation>
            <numerusform>В журнале этого кейса уже есть этот %n постбек: дважды ничего не отправляется.</numerusform>
            <numerusform>В журнале этого кейса уже есть все эти %n постбека: дважды ничего не отправляется.</numerusform>
            <numerusform>В журнале этого кейса уже есть все эти %n постбеков: дважды ничего не отправляется.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>Отправлено %1 из %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 accepted, %3 failed, %4 not sent.</source>
        <translation>Отправлено: %1, принято: %2, ошибок: %3, не отправлено: %4.</translation>
    </message>
    <message>
        <source>Stopped after refusals in a row: find out why before sending the rest (Send again goes on where it stopped).</source>
        <translation>Остановлено после отказов подряд: выясните причину, прежде чем слать остальное (повторная отправка продолжит с места остановки).</translation>
    </message>
    <message>
        <source>Cancelled: the rest stay planned in the ledger; Send again goes on.</source>
        <translation>Отменено: остальные остались в журнале запланированными; повторная отправка продолжит.</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Сверить</translation>
    </message>
    <message>
        <source>Match the tracker&apos;s conversions with the partner&apos;s report by click ID</source>
        <translation>Сопоставить конверсии трекера с отчётом партнёра по click ID</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Отправки</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Filter by click ID</source>
        <translation>Фильтр по click ID</translation>
    </message>
    <message>
        <source>Reconciled rows</source>
        <translation>Строки сверки</translation>
    </message>
    <message>
        <source>Callbacks sent</source>
        <translation>Отправленные постбеки</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Open in Replay</source>
        <translation>Открыть в Повторе</translation>
    </message>
    <message>
        <source>Send the missing ones…</source>
        <translation>Отправить недостающие…</translation>
    </message>
    <message>
        <source>Why they failed</source>
        <translation>Почему не дошли</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>The rows of one cause the check found, or of one outcome of their re-fire</source>
        <translation>Строки одной причины, найденной проверкой, или одного исхода их переотправки</translation>
    </message>
    <message>
        <source>Filter by why</source>
        <translation>Фильтр по причине</translation>
    </message>
    <message>
        <source>Load the row&apos;s callback into Replay: the corrected one when the check built one, else the one the tracker logged (Enter or a double-click, for a row not re-fired)</source>
        <translation>Загрузить постбек строки в Повтор: исправленный, если проверка его собрала, иначе тот, что залогировал трекер (Enter или двойной щелчок — для строки, которую не переотправляли)</translation>
    </message>
    <message>
        <source>Open in the case</source>
        <translation>Открыть в кейсе</translation>
    </message>
    <message>
        <source>Show the exchange this row&apos;s re-fire kept in the case (Enter or a double-click)</source>
        <translation>Показать обмен, который переотправка этой строки сохранила в кейсе (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>The reconciliation is kept in the case: its report tells the totals and why the missing ones failed.</source>
        <translation>Сверка сохранена в кейсе: его отчёт покажет итоги и причины, по которым недостающие не дошли.</translation>
    </message>
    <message>
        <source>Keep in the case</source>
        <translation>Сохранить в кейсе</translation>
    </message>
    <message>
        <source>Keep the totals of each group and why the missing ones failed in the open case, for its report</source>
        <translation>Сохранить в открытом кейсе итоги по группам и причины, по которым недостающие не дошли, — для его отчёта</translation>
    </message>
</context>
<context>
    <name>pbw::ui::BatchSession</name>
    <message>
        <source>Open or create a case first: its ledger records the sends.</source>
        <translation>Сначала откройте или создайте кейс: отправки записываются в его журнал.</translation>
    </message>
    <message>
        <source>Open or create a case first: the totals are kept in a case.</source>
        <translation>Сначала откройте или создайте кейс: итоги сохраняются в кейсе.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CapiForm</name>
    <message>
        <source>The JSON&apos;s event_time is not Unix seconds; it is kept as it is until you set a time here.</source>
        <translation>event_time в JSON — не секунды Unix; он остаётся как есть, пока вы не зададите время здесь.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Customer information (user_data)</source>
        <translation>Данные клиента (user_data)</translation>
    </message>
    <message>
        <source>Custom data (custom_data)</source>
        <translation>Данные события (custom_data)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Build fbc from an fbclid…</source>
        <translation>Собрать fbc из fbclid…</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Название события</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Время события</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Источник действия</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>Адрес страницы</translation>
    </message>
    <message>
        <source>Event ID, for deduplication</source>
        <translation>ID события, для дедупликации</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Штат или регион</translation>
    </message>
    <message>
        <source>ZIP or postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Click ID cookie</source>
        <translation>Cookie click ID</translation>
    </message>
    <message>
        <source>Browser ID cookie</source>
        <translation>Cookie браузера</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>with the country code: +7 916 123-45-67</source>
        <translation>с кодом страны: +7 916 123-45-67</translation>
    </message>
    <message>
        <source>several values: a@x.com | b@y.com</source>
        <translation>несколько значений: a@x.com | b@y.com</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CapiPanel</name>
    <message numerus="yes">
        <source>%n event(s); the form shows the first.</source>
        <translation>
            <numerusform>%n событие; в форме — первое.</numerusform>
            <numerusform>%n события; в форме — первое.</numerusform>
            <numerusform>%n событий; в форме — первое.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON is not read yet: %1</source>
        <translation>Не удаётся разобрать JSON: %1</translation>
    </message>
    <message>
        <source>Correct the JSON, or use the form.</source>
        <translation>Исправьте JSON или воспользуйтесь формой.</translation>
    </message>
    <message>
        <source>✓ No problems: Meta should take these events.</source>
        <translation>✓ Проблем нет: Meta должна принять эти события.</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n error(s) — Meta would reject the request</source>
        <translation>
            <numerusform>Проблемы: %n ошибка — Meta отклонила бы запрос</numerusform>
            <numerusform>Проблемы: %n ошибки — Meta отклонила бы запрос</numerusform>
            <numerusform>Проблемы: %n ошибок — Meta отклонила бы запрос</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the errors first.</source>
        <translation>Ничего не отправлено: сначала исправьте ошибки.</translation>
    </message>
    <message>
        <source>Enter the pixel (dataset) ID first, as Events Manager shows it.</source>
        <translation>Сначала введите ID пикселя (набора данных), как в Events Manager.</translation>
    </message>
    <message>
        <source>Type the access token for pixel %1: Events Manager → your dataset → Settings → Conversions API → Generate access token.</source>
        <translation>Введите маркер доступа для пикселя %1: Events Manager → ваш набор данных → «Настройки» → Conversions API → «Создать маркер доступа».</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s) to %1…</source>
        <translation>
            <numerusform>Отправка %n события в %1…</numerusform>
            <numerusform>Отправка %n событий в %1…</numerusform>
            <numerusform>Отправка %n событий в %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 от %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing is known about these events.</source>
        <translation>Отменено: о судьбе этих событий ничего не известно.</translation>
    </message>
    <message>
        <source>Pixel ID</source>
        <translation>ID пикселя</translation>
    </message>
    <message>
        <source>digits, from Events Manager</source>
        <translation>цифры, из Events Manager</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Маркер доступа</translation>
    </message>
    <message>
        <source>paste the Conversions API access token</source>
        <translation>вставьте маркер доступа Conversions API</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Запомнить в хранилище ключей</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Секрет приложения</translation>
    </message>
    <message>
        <source>optional: adds appsecret_proof</source>
        <translation>необязательно: добавляет appsecret_proof</translation>
    </message>
    <message>
        <source>Test event code</source>
        <translation>Код тестового события</translation>
    </message>
    <message>
        <source>TEST12345, from Events Manager → Test Events</source>
        <translation>TEST12345, из Events Manager → «Тестирование событий»</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <source>The same events as JSON (edit either side)</source>
        <translation>Те же события в JSON (править можно с любой стороны)</translation>
    </message>
    <message>
        <source>Customer information as it is sent</source>
        <translation>Данные клиента в том виде, в каком они отправляются</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keep what you type here in the OS keychain, one entry per pixel; never in a file, the case or a log. Without it, the values serve this session only.</source>
        <translation>Хранить введённое здесь в хранилище ключей ОС, по записи на пиксель; никогда — в файле, кейсе или журнале. Без этого значения действуют только в текущем сеансе.</translation>
    </message>
    <message>
        <source>Graph API %1…</source>
        <translation>Graph API %1…</translation>
    </message>
    <message>
        <source>Events go to %1/%2/&lt;pixel ID&gt;/events</source>
        <translation>События отправляются на %1/%2/&lt;ID пикселя&gt;/events</translation>
    </message>
    <message>
        <source>Meta&apos;s answer</source>
        <translation>Ответ Meta</translation>
    </message>
    <message>
        <source>How events reach Meta, and what to check: the guide</source>
        <translation>Как события доходят до Meta и что проверить: руководство</translation>
    </message>
    <message>
        <source>No keychain is available: the token you type is used for this session&apos;s sends only and is not saved anywhere.</source>
        <translation>Хранилище ключей недоступно: введённый маркер используется только для отправок в этом сеансе и нигде не сохраняется.</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>Send to TikTok, Snapchat, Google…</source>
        <translation>Отправка в TikTok, Snapchat, Google…</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaseEvidence</name>
    <message>
        <source>From the partner (double-click to read)</source>
        <translation>От партнёра (двойной щелчок — прочитать)</translation>
    </message>
    <message>
        <source>Paste confirmation…</source>
        <translation>Вставить подтверждение…</translation>
    </message>
    <message>
        <source>Keep the partner&apos;s answer (a support reply, a report line) with the case</source>
        <translation>Сохранить ответ партнёра (письмо поддержки, строку отчёта) в кейсе</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>What you found, what you asked the partner, what they said…</source>
        <translation>Что нашли, что спросили у партнёра, что он ответил…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Partner&apos;s confirmation</source>
        <translation>Подтверждение партнёра</translation>
    </message>
    <message>
        <source>e.g. support ticket 4411, 24 Nov</source>
        <translation>например, тикет поддержки 4411, 24 ноября</translation>
    </message>
    <message>
        <source>Paste what the partner wrote or what their report shows</source>
        <translation>Вставьте, что написал партнёр или что показывает его отчёт</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Приложить файл к кейсу</translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation>Не удаётся приложить</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>Не удалось прочитать «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; attach a smaller file.</source>
        <translation>«%1» больше %2 МБ; приложите файл поменьше.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>This file is:</source>
        <translation>Этот файл —</translation>
    </message>
    <message numerus="yes">
        <source>This file is not text (%n byte(s)); &quot;Save a copy…&quot; keeps it as it is.</source>
        <translation>
            <numerusform>Это не текст (%n байт); «Сохранить копию…» сохранит его как есть.</numerusform>
            <numerusform>Это не текст (%n байта); «Сохранить копию…» сохранит его как есть.</numerusform>
            <numerusform>Это не текст (%n байт); «Сохранить копию…» сохранит его как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2.</source>
        <translation>Не удаётся записать «%1»: %2.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Убрать вложение</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the case?</source>
        <translation>Убрать «%1» из кейса?</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CasePanel</name>
    <message>
        <source>No case is open.

Create one with &quot;New…&quot; in the Cases list (or pick one there): every callback you replay is then kept in it with its answer and verdict, beside the partner&apos;s confirmation, your notes and the checklist of layers.</source>
        <translation>Кейс не открыт.

Создайте его кнопкой «Новый…» в списке кейсов (или выберите там): каждый постбек, отправленный в «Повторе», будет храниться в нём с ответом и вердиктом, рядом с подтверждением партнёра, вашими заметками и чек-листом слоёв.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Оффер:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>Т&amp;рекер:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Two exchanges side by side: the failing one and the corrected one</source>
        <translation>Два обмена рядом: нерабочий и исправленный</translation>
    </message>
    <message>
        <source>Exchanges (role and note can be changed; what was sent and answered cannot)</source>
        <translation>Обмены (роль и заметку можно менять; отправленное и ответ — нельзя)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Open in Replay</source>
        <translation>Открыть в Повторе</translation>
    </message>
    <message>
        <source>Show this exchange in the Replay tab and load its request to send it again</source>
        <translation>Показать обмен на вкладке «Повтор» и загрузить запрос, чтобы отправить снова</translation>
    </message>
    <message>
        <source>Compare the two selected exchanges (or the latest failing and corrected)</source>
        <translation>Сравнить два выбранных обмена (или последние нерабочий и исправленный)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Role of exchange %1</source>
        <translation>Роль обмена %1</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>A curl command that sends what this exchange sent (secrets stay [redacted])</source>
        <translation>Команда curl, которая отправляет то же, что этот обмен (секреты остаются [redacted])</translation>
    </message>
    <message>
        <source>Remove from the case</source>
        <translation>Убрать из кейса</translation>
    </message>
    <message>
        <source>Take the selected exchanges out of the case (Delete); you can undo it until the window closes. The others keep their numbers.</source>
        <translation>Убрать выбранные обмены из кейса (Delete); это можно отменить, пока окно открыто. Остальные сохраняют свои номера.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <source>Removed from the case: %n exchange(s) (%1).</source>
        <translation>
            <numerusform>Убран из кейса %n обмен (%1).</numerusform>
            <numerusform>Убрано из кейса %n обмена (%1).</numerusform>
            <numerusform>Убрано из кейса %n обменов (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaseSession</name>
    <message>
        <source>%1 The case holds [redacted]: type the value again when you resend.</source>
        <translation>%1 В кейсе осталось [redacted]: при повторной отправке введите значение заново.</translation>
    </message>
    <message>
        <source>Secret values of a deleted case could not be removed from the keychain: %1</source>
        <translation>Секретные значения удалённого кейса не удалось удалить из хранилища ключей: %1</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaseTransfer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The case is no longer in the store.</source>
        <translation>Этого кейса больше нет в хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) were not in the keychain and stay [redacted].</source>
        <translation>
            <numerusform>%n секретного значения не было в хранилище ключей, оно остаётся [redacted].</numerusform>
            <numerusform>%n секретных значений не было в хранилище ключей, они остаются [redacted].</numerusform>
            <numerusform>%n секретных значений не было в хранилище ключей, они остаются [redacted].</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the case</source>
        <translation>Экспорт кейса</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Import a case or requests</source>
        <translation>Импорт кейса или запросов</translation>
    </message>
    <message>
        <source>Case files and HAR (*.pbcase *.har *.json);;All files (*)</source>
        <translation>Файлы кейсов и HAR (*.pbcase *.har *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 не импортирован. %2</translation>
    </message>
    <message>
        <source>Imported the case &quot;%1&quot;.</source>
        <translation>Кейс «%1» импортирован.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импорт из %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n запрос.</numerusform>
            <numerusform>Импортировано %n запроса.</numerusform>
            <numerusform>Импортировано %n запросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n request(s) for secrets…</source>
        <translation>
            <numerusform>Проверка %n запроса на секреты…</numerusform>
            <numerusform>Проверка %n запросов на секреты…</numerusform>
            <numerusform>Проверка %n запросов на секреты…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Из %1 ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CasesDock</name>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>Search titles, notes, URLs, answers…</source>
        <translation>Поиск по названиям, заметкам, URL, ответам…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск кейсов</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Показывать кейсы со статусом</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Start a case: every exchange you replay is then kept in it</source>
        <translation>Начать кейс: всё, что вы отправите в «Повторе», будет сохраняться в нём</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>The case store is not open: exchanges stay in this session only.</source>
        <translation>Хранилище кейсов не открыто: обмены остаются только в этом сеансе.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n обмен</numerusform>
            <numerusform>%n обмена</numerusform>
            <numerusform>%n обменов</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлён %1</translation>
    </message>
    <message>
        <source>No cases yet. &quot;New…&quot; starts one: the failing callback, the corrected one and the partner&apos;s confirmation then stay together.</source>
        <translation>Кейсов пока нет. «Новый…» начинает кейс: нерабочий постбек, исправленный и подтверждение партнёра будут храниться вместе.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Подходящих кейсов нет.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Кейс «%1» удалён.</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Переименовать кейс</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить кейс</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n exchange(s), notes and attachments?

You can undo this until the window closes.</source>
        <translation>
            <numerusform>Удалить «%1» с %n обменом, заметками и вложениями?

Это можно отменить, пока окно не закрыто.</numerusform>
            <numerusform>Удалить «%1» с %n обменами, заметками и вложениями?

Это можно отменить, пока окно не закрыто.</numerusform>
            <numerusform>Удалить «%1» с %n обменами, заметками и вложениями?

Это можно отменить, пока окно не закрыто.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The case as a file for the partner or a colleague: a report, HAR, case file or curl</source>
        <translation>Кейс одним файлом для партнёра или коллеги: отчёт, HAR, файл кейса или curl</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>A case file (.pbcase) as a new case, or requests from a HAR (you can also drop the file on the window)</source>
        <translation>Файл кейса (.pbcase) как новый кейс или запросы из HAR (файл можно и перетащить в окно)</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CatchPanel</name>
    <message>
        <source>Answers HTTP %1 with no body.</source>
        <translation>Отвечает HTTP %1 без тела.</translation>
    </message>
    <message>
        <source>Answers HTTP %1 (%2): %3</source>
        <translation>Отвечает HTTP %1 (%2): %3</translation>
    </message>
    <message>
        <source>Copied: give this URL to the tracker in place of the partner&apos;s.</source>
        <translation>Скопировано: укажите этот URL в трекере вместо адреса партнёра.</translation>
    </message>
    <message>
        <source>The next callbacks get: %1</source>
        <translation>Следующие постбеки получат: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) saved to the case.</source>
        <translation>
            <numerusform>%n постбек сохранён в кейс.</numerusform>
            <numerusform>%n постбека сохранены в кейс.</numerusform>
            <numerusform>%n постбеков сохранено в кейс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening: give the tracker the URL shown, in place of the partner&apos;s.</source>
        <translation>Приём запущен: укажите в трекере показанный URL вместо адреса партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped listening; %n callback(s) kept in the table.</source>
        <translation>
            <numerusform>Приём остановлен; в таблице %n постбек.</numerusform>
            <numerusform>Приём остановлен; в таблице %n постбека.</numerusform>
            <numerusform>Приём остановлен; в таблице %n постбеков.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Начать приём</translation>
    </message>
    <message>
        <source>Stop listening (Esc)</source>
        <translation>Остановить приём (Esc)</translation>
    </message>
    <message>
        <source>Start listening (Ctrl+Enter)</source>
        <translation>Начать приём (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Listening at %1.</source>
        <translation>Приём на %1.</translation>
    </message>
    <message>
        <source>The tracker&apos;s side must trust the certificate with SHA-256 fingerprint %1.</source>
        <translation>На стороне трекера нужно доверять сертификату с отпечатком SHA-256 %1.</translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation>Приём не запущен.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n принят</numerusform>
            <numerusform>%n принято</numerusform>
            <numerusform>%n принято</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 отклонено: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in the table</source>
        <translation>
            <numerusform>%n в таблице</numerusform>
            <numerusform>%n в таблице</numerusform>
            <numerusform>%n в таблице</numerusform>
        </translation>
    </message>
    <message>
        <source>No template: each callback is checked on its own (macros left literal, empty values, a URL cut short). Paste the partner&apos;s template to check every parameter.</source>
        <translation>Шаблона нет: каждый постбек проверяется сам по себе (незаменённые макросы, пустые значения, обрезанный URL). Вставьте шаблон партнёра, чтобы проверить каждый параметр.</translation>
    </message>
    <message>
        <source>The approved template of the case &quot;%1&quot;.</source>
        <translation>Утверждённый шаблон кейса «%1».</translation>
    </message>
    <message>
        <source>Pasted here.</source>
        <translation>Вставлен здесь.</translation>
    </message>
    <message>
        <source>Pasted here; the case&apos;s approved template is another one.</source>
        <translation>Вставлен здесь; утверждённый шаблон кейса — другой.</translation>
    </message>
    <message>
        <source>Keep every callback in the case &quot;%1&quot; as a test callback as it comes</source>
        <translation>Сохранять каждый постбек в кейс «%1» как тестовый постбек сразу, как он придёт</translation>
    </message>
    <message>
        <source>Open or create a case first: the callbacks are kept in a case.</source>
        <translation>Сначала откройте или создайте кейс: постбеки сохраняются в кейсе.</translation>
    </message>
    <message>
        <source>Keep the selected callbacks in the case as test callbacks</source>
        <translation>Сохранить выбранные постбеки в кейс как тестовые постбеки</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) saved to the case as test callbacks.</source>
        <translation>
            <numerusform>%n постбек сохранён в кейс как тестовый.</numerusform>
            <numerusform>%n постбека сохранены в кейс как тестовые.</numerusform>
            <numerusform>%n постбеков сохранено в кейс как тестовые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documented: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Give the tracker:</source>
        <translation>Укажите в трекере:</translation>
    </message>
    <message>
        <source>Start listening to get the URL to give the tracker</source>
        <translation>Начните приём, чтобы получить URL для трекера</translation>
    </message>
    <message>
        <source>The URL to give the tracker</source>
        <translation>URL для трекера</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Partner&apos;s template:</source>
        <translation>Шаблон партнёра:</translation>
    </message>
    <message>
        <source>https://partner.example/postback?click_id={clickid}&amp;payout={payout}</source>
        <translation>https://partner.example/postback?click_id={clickid}&amp;payout={payout}</translation>
    </message>
    <message>
        <source>Partner&apos;s template</source>
        <translation>Шаблон партнёра</translation>
    </message>
    <message>
        <source>Use the case&apos;s</source>
        <translation>Взять из кейса</translation>
    </message>
    <message>
        <source>Check against the approved template kept in the open case</source>
        <translation>Проверять по утверждённому шаблону из открытого кейса</translation>
    </message>
    <message>
        <source>Answer with:</source>
        <translation>Отвечать:</translation>
    </message>
    <message>
        <source>What the tracker gets back: a partner&apos;s documented success or refusal. Changes apply to the next callbacks.</source>
        <translation>Что получит трекер в ответ: документированный успех или отказ партнёра. Изменение действует на следующие постбеки.</translation>
    </message>
    <message>
        <source>Save each callback to the case</source>
        <translation>Сохранять каждый постбек в кейс</translation>
    </message>
    <message>
        <source>Callbacks caught</source>
        <translation>Принятые постбеки</translation>
    </message>
    <message>
        <source>Save to the case</source>
        <translation>Сохранить в кейс</translation>
    </message>
    <message>
        <source>Open in Replay</source>
        <translation>Открыть в Повторе</translation>
    </message>
    <message>
        <source>Load the callback into Replay as the partner would have received it (or double-click the row)</source>
        <translation>Открыть постбек в «Повторе» таким, каким его получил бы партнёр (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Empty the table; what is saved in the case stays there</source>
        <translation>Очистить таблицу; сохранённое в кейсе останется там</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CatchSession</name>
    <message>
        <source>Caught from %1: %2</source>
        <translation>Принят от %1: %2</translation>
    </message>
    <message>
        <source>Open or create a case first: the callbacks are kept in a case.</source>
        <translation>Сначала откройте или создайте кейс: постбеки сохраняются в кейсе.</translation>
    </message>
    <message>
        <source>The callbacks could not be saved to the case: %1</source>
        <translation>Постбеки не удалось сохранить в кейс: %1</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaughtDetails</name>
    <message>
        <source>[%1 more bytes not shown]</source>
        <translation>[ещё %1 байт не показано]</translation>
    </message>
    <message>
        <source>Select a callback to read it exactly as it arrived.</source>
        <translation>Выберите постбек, чтобы увидеть его точно таким, каким он пришёл.</translation>
    </message>
    <message>
        <source>As the partner would get it:</source>
        <translation>Как его получил бы партнёр:</translation>
    </message>
    <message>
        <source>The request as it arrived (text, never run)</source>
        <translation>Запрос в том виде, в каком пришёл (только текст, ничего не выполняется)</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Что нашла проверка</translation>
    </message>
    <message>
        <source>The request as it arrived</source>
        <translation>Запрос в том виде, в каком пришёл</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CaughtModel</name>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (через %2)</translation>
    </message>
    <message>
        <source>Arrived over HTTPS</source>
        <translation>Пришёл по HTTPS</translation>
    </message>
    <message>
        <source>Arrived over plain HTTP</source>
        <translation>Пришёл по обычному HTTP</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>обмен %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Path and query</source>
        <translation>Путь и параметры</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>In the case</source>
        <translation>В кейсе</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CausesView</name>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Why they failed</source>
        <translation>Почему не дошли</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Например</translation>
    </message>
    <message>
        <source>Reconcile a tracker&apos;s postback log (with the callbacks it sent and the partner&apos;s answers) to see why the missing conversions failed.</source>
        <translation>Сверьте лог постбеков трекера (с отправленными постбеками и ответами партнёра), чтобы увидеть, почему недостающие конверсии не дошли.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing conversion(s) checked; </source>
        <translation>
            <numerusform>Проверена %n недостающая конверсия; </numerusform>
            <numerusform>Проверены %n недостающие конверсии; </numerusform>
            <numerusform>Проверено %n недостающих конверсий; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected callback(s) can be re-fired (Send the missing ones…).</source>
        <translation>
            <numerusform>%n исправленный постбек можно отправить повторно («Отправить недостающие…»).</numerusform>
            <numerusform>%n исправленных постбека можно отправить повторно («Отправить недостающие…»).</numerusform>
            <numerusform>%n исправленных постбеков можно отправить повторно («Отправить недостающие…»).</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>строка %1 (%2)</translation>
    </message>
    <message>
        <source>Double-click a cause to see its rows.</source>
        <translation>Дважды щёлкните причину, чтобы увидеть её строки.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ChecklistView</name>
    <message>
        <source>Checklist: prove the layers in order</source>
        <translation>Чек-лист: проверьте слои по порядку</translation>
    </message>
    <message>
        <source>Evidence for &quot;%1&quot;</source>
        <translation>Доказательство для «%1»</translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>Доказательство не приложено</translation>
    </message>
    <message>
        <source>Exchange %1 · %2 · %3</source>
        <translation>Обмен %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Every layer is proved.</source>
        <translation>Все слои подтверждены.</translation>
    </message>
    <message>
        <source>Mark the case Fixed</source>
        <translation>Отметить кейс исправленным</translation>
    </message>
    <message>
        <source>Use exchange %1</source>
        <translation>Взять обмен %1</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Взять «%1»</translation>
    </message>
    <message>
        <source>Exchange %1: the click trace reached the page. Accept it as the evidence and tick the layer.</source>
        <translation>Обмен %1: цепочка редиректов дошла до страницы. Принять его как доказательство и отметить слой.</translation>
    </message>
    <message>
        <source>Exchange %1: the partner accepted the corrected callback. Accept it as the evidence and tick the layer.</source>
        <translation>Обмен %1: партнёр принял исправленный постбек. Принять его как доказательство и отметить слой.</translation>
    </message>
    <message>
        <source>The accepted corrected callback matches the approved template &quot;%1&quot;. Accept it as the evidence and tick the layer.</source>
        <translation>Принятый исправленный постбек совпадает с утверждённым шаблоном «%1». Принять его как доказательство и отметить слой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the partner&apos;s confirmation. Accept it as the evidence and tick the layer.</source>
        <translation>«%1» — подтверждение партнёра. Принять его как доказательство и отметить слой.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Колонки файла %1</translation>
    </message>
    <message>
        <source>Which column holds each field? Only the click ID is needed; a field left at &quot;not read&quot; is left out. The first rows of the file are below.</source>
        <translation>В какой колонке какое поле? Обязателен только click ID; поле «не читать» пропускается. Ниже — первые строки файла.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(не читать)</translation>
    </message>
    <message>
        <source>Use these columns</source>
        <translation>Взять эти колонки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the column of the click ID: rows are matched by it.</source>
        <translation>Выберите колонку click ID: строки сопоставляются по нему.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::CompareView</name>
    <message>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <source>First exchange to compare</source>
        <translation>Первый обмен для сравнения</translation>
    </message>
    <message>
        <source>Second exchange to compare</source>
        <translation>Второй обмен для сравнения</translation>
    </message>
    <message>
        <source>What was sent: A (failing) against B (corrected)</source>
        <translation>Что отправлено: A (нерабочий) и B (исправленный)</translation>
    </message>
    <message>
        <source>What the partner answered</source>
        <translation>Что ответил партнёр</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Open a case to compare its exchanges.</source>
        <translation>Откройте кейс, чтобы сравнить его обмены.</translation>
    </message>
    <message>
        <source>A case needs two exchanges to compare: replay the failing callback, then the corrected one.</source>
        <translation>Для сравнения нужны два обмена: повторите нерабочий постбек, затем исправленный.</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Заголовок %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Отличается</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Только в A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Только в B</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>A curl command that sends what exchange A sent (secrets stay [redacted])</source>
        <translation>Команда curl, которая отправляет то же, что обмен A (секреты остаются [redacted])</translation>
    </message>
    <message>
        <source>A curl command that sends what exchange B sent (secrets stay [redacted])</source>
        <translation>Команда curl, которая отправляет то же, что обмен B (секреты остаются [redacted])</translation>
    </message>
    <message>
        <source>A against B</source>
        <translation>A и B</translation>
    </message>
    <message>
        <source>B against the approved template</source>
        <translation>B и утверждённый шаблон</translation>
    </message>
    <message>
        <source>Use this pair in the report</source>
        <translation>Поставить эту пару в отчёт</translation>
    </message>
    <message>
        <source>The partner&apos;s report puts A and B side by side as the failing and the corrected callback</source>
        <translation>В отчёте для партнёра A и B встанут рядом как нерабочий и исправленный постбек</translation>
    </message>
    <message>
        <source>✓ %1 matches the approved template.</source>
        <translation>✓ %1 совпадает с утверждённым шаблоном.</translation>
    </message>
    <message>
        <source>The proposed callback still holds [redacted] where a secret was not kept: type its value in before sending.</source>
        <translation>В предложенном постбеке осталось [redacted] там, где секрет не сохранялся: впишите значение перед отправкой.</translation>
    </message>
    <message>
        <source>The partner&apos;s report puts these two side by side.</source>
        <translation>В отчёте для партнёра рядом стоят именно эти два.</translation>
    </message>
    <message>
        <source>The partner&apos;s report puts exchanges %1 and %2 side by side.</source>
        <translation>В отчёте для партнёра рядом стоят обмены %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>✗ %1: %n problem(s) against the approved template.</source>
        <translation>
            <numerusform>✗ %1: %n расхождение с утверждённым шаблоном.</numerusform>
            <numerusform>✗ %1: %n расхождения с утверждённым шаблоном.</numerusform>
            <numerusform>✗ %1: %n расхождений с утверждённым шаблоном.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two verdicts</source>
        <translation>Оба вердикта</translation>
    </message>
    <message>
        <source>A: %1 %2     B: %3 %4</source>
        <translation>A: %1 %2     B: %3 %4</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ComparisonView</name>
    <message>
        <source>Show values as written (raw)</source>
        <translation>Показывать значения в исходном виде (raw)</translation>
    </message>
    <message>
        <source>Off: values as the partner reads them (decoded). On: exactly as written in the URL.</source>
        <translation>Выключено: значения так, как их читает партнёр (раскодированные). Включено: ровно как записаны в URL.</translation>
    </message>
    <message>
        <source>What is wrong, and how to fix it (click a line to see the place):</source>
        <translation>Что не так и как исправить (щёлкните строку, чтобы увидеть место):</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>What and how to fix</source>
        <translation>Что не так и как исправить</translation>
    </message>
    <message>
        <source>Proposed callback</source>
        <translation>Предлагаемый постбек</translation>
    </message>
    <message>
        <source>Send proposed in Replay</source>
        <translation>Отправить предложенный в «Повтор»</translation>
    </message>
    <message>
        <source>Put it on the right</source>
        <translation>Подставить справа</translation>
    </message>
    <message>
        <source>Replace the right side with the proposed callback, to compare again</source>
        <translation>Заменить правую сторону предложенным постбеком, чтобы сравнить ещё раз</translation>
    </message>
    <message>
        <source>Template expects</source>
        <translation>Шаблон ждёт</translation>
    </message>
    <message>
        <source>Callback sent</source>
        <translation>Постбек отправил</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Part / parameter</source>
        <translation>Часть / параметр</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Нерабочий</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправленный</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Paste the partner&apos;s template on the left and the callback that returned 200 on the right: every parameter is matched and every mistake explained as you type.</source>
        <translation>Вставьте шаблон партнёра слева, а постбек, получивший 200, справа: каждый параметр сверяется, а каждая ошибка объясняется прямо во время ввода.</translation>
    </message>
    <message>
        <source>Paste the failing callback on the left and the corrected one on the right to see exactly what changed.</source>
        <translation>Вставьте нерабочий постбек слева, а исправленный справа — и увидите, что именно изменилось.</translation>
    </message>
    <message>
        <source>One side does not read as a callback URL (no host name): paste a whole URL, a raw request or a curl command.</source>
        <translation>Одна из сторон не похожа на URL постбека (нет имени хоста): вставьте URL целиком, «сырой» запрос или команду curl.</translation>
    </message>
    <message>
        <source>Paste the other side to compare; the side you pasted is checked below.</source>
        <translation>Вставьте вторую сторону для сравнения; проверка вставленной стороны — ниже.</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n problem(s) that stop the partner from crediting the conversion.</source>
        <translation>
            <numerusform>✗ %n проблема, из-за которой партнёр не засчитает конверсию.</numerusform>
            <numerusform>✗ %n проблемы, из-за которых партнёр не засчитает конверсию.</numerusform>
            <numerusform>✗ %n проблем, из-за которых партнёр не засчитает конверсию.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ The callback matches the partner&apos;s template.</source>
        <translation>✓ Постбек совпадает с шаблоном партнёра.</translation>
    </message>
    <message>
        <source>✓ No error in either callback; the differences are listed below.</source>
        <translation>✓ Ошибок нет ни в одном постбеке; отличия перечислены ниже.</translation>
    </message>
    <message>
        <source>%1 (sent as %2)</source>
        <translation>%1 (отправлен как %2)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>заголовок %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>тело</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>тело: %1</translation>
    </message>
    <message>
        <source>encoding only</source>
        <translation>только кодировка</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещён</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>нерабочий: %1</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>исправленный: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Как исправить: %1</translation>
    </message>
    <message>
        <source>%1 renamed to %2</source>
        <translation>%1 переименован в %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (было %2)</translation>
    </message>
    <message>
        <source>Nothing could be corrected automatically.</source>
        <translation>Автоматически исправить ничего не удалось.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) still need you: see the list on the left.</source>
        <translation>
            <numerusform>%n проблема требует вашего решения: см. список слева.</numerusform>
            <numerusform>%n проблемы требуют вашего решения: см. список слева.</numerusform>
            <numerusform>%n проблем требуют вашего решения: см. список слева.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is wrong, and how to fix it</source>
        <translation>Что не так и как исправить</translation>
    </message>
    <message>
        <source>Parameters side by side</source>
        <translation>Сравнение параметров</translation>
    </message>
    <message>
        <source>Nothing to correct: the callback already matches.</source>
        <translation>Исправлять нечего: постбек уже совпадает с шаблоном.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::EndpointDialog</name>
    <message>
        <source>Graph API</source>
        <translation>Graph API</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <source>Events go to &lt;address&gt;/&lt;version&gt;/&lt;pixel ID&gt;/events. Change these only to follow a new Graph API version or to send to a test server.</source>
        <translation>События отправляются на &lt;адрес&gt;/&lt;версия&gt;/&lt;ID пикселя&gt;/events. Меняйте их, только чтобы перейти на новую версию Graph API или отправлять на тестовый сервер.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ExportDialog</name>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>Экспорт «%1»</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Also replace these &amp;values wherever they appear (one per line):</source>
        <translation>Заменить и эти &amp;значения везде, где они встречаются (по одному в строке):</translation>
    </message>
    <message>
        <source>for example a partner&apos;s internal ID or an e-mail address</source>
        <translation>например, внутренний ID партнёра или адрес почты</translation>
    </message>
    <message>
        <source>Put the tokens and passwords kept in the keychain back in (not recommended)</source>
        <translation>Вернуть токены и пароли из хранилища ключей (не рекомендуется)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Обмен %1</translation>
    </message>
    <message>
        <source>Nothing in this case looks like a secret.</source>
        <translation>В этом кейсе нет ничего похожего на секрет.</translation>
    </message>
    <message>
        <source>Secrets are replaced by [redacted], so the partner sees a value was there. Greyed: the case never held the value. Untick a value found now to leave it in.</source>
        <translation>Секреты заменяются на [redacted], чтобы партнёр видел, что значение было. Серым — значения, которых в кейсе нет. Снимите флажок у найденного сейчас значения, чтобы оставить его.</translation>
    </message>
    <message>
        <source>The file will hold the tokens and passwords themselves. Send it to no one you would not give them to.</source>
        <translation>В файле будут сами токены и пароли. Не отправляйте его тем, кому не доверили бы их.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ExtractorView</name>
    <message>
        <source>Paste a URL — or any text with URLs in it — to list its click IDs and tracking parameters.</source>
        <translation>Вставьте адрес — или любой текст с адресами, — чтобы увидеть в нём click ID и трекинговые параметры.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>pbw::ui::FbcDialog</name>
    <message>
        <source>Build fbc</source>
        <translation>Собрать fbc</translation>
    </message>
    <message>
        <source>IwAR… or https://shop.example/?fbclid=IwAR…</source>
        <translation>IwAR… или https://shop.example/?fbclid=IwAR…</translation>
    </message>
    <message>
        <source>The number of dots in the cookie&apos;s domain: example.com → 1, www.example.com → 2.</source>
        <translation>Число точек в домене cookie: example.com → 1, www.example.com → 2.</translation>
    </message>
    <message>
        <source>fbclid or landing-page URL</source>
        <translation>fbclid или адрес лендинга</translation>
    </message>
    <message>
        <source>Click time</source>
        <translation>Время клика</translation>
    </message>
    <message>
        <source>Subdomain index</source>
        <translation>Индекс поддомена</translation>
    </message>
    <message>
        <source>fbc</source>
        <translation>fbc</translation>
    </message>
    <message>
        <source>The fbclid is kept exactly as received: its letter case matters.</source>
        <translation>fbclid сохраняется в точности как получен: регистр букв важен.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::FirstRunView</name>
    <message>
        <source>Start with the callback that returned 200</source>
        <translation>Начните с постбека, который вернул 200</translation>
    </message>
    <message>
        <source>Paste it into the address on the left — or a curl command, or drop a case or HAR file on the window — and press Send (Ctrl+Enter). The partner&apos;s whole answer, the request exactly as it went on the wire and a verdict by layer appear here. A 200 only proves the server answered.</source>
        <translation>Вставьте его в поле адреса слева — или команду curl, или перетащите в окно файл кейса или HAR — и нажмите «Отправить» (Ctrl+Enter). Здесь появятся весь ответ партнёра, запрос ровно в том виде, в каком он ушёл, и вердикт по слоям. Ответ 200 доказывает лишь то, что сервер ответил.</translation>
    </message>
    <message>
        <source>A conversion crosses three layers; prove them in order:</source>
        <translation>Конверсия проходит три слоя; проверяйте их по порядку:</translation>
    </message>
    <message>
        <source>Click — a click ID was made and reached the offer. Trace the ad&apos;s click URL hop by hop and see where a click ID is lost.</source>
        <translation>Клик — click ID создан и дошёл до оффера. Пройдите по ссылке из объявления шаг за шагом и посмотрите, где теряется click ID.</translation>
    </message>
    <message>
        <source>Event — the tracker recorded the conversion and tried to send the callback. Look for it in the tracker&apos;s or CRM&apos;s conversion and postback log.</source>
        <translation>Событие — трекер записал конверсию и попытался отправить постбек. Ищите это в логе конверсий и постбеков трекера или CRM.</translation>
    </message>
    <message>
        <source>Callback — what was sent and what the partner answered. Replay it here; put it beside the partner&apos;s template to find a macro left literal or a value encoded wrongly.</source>
        <translation>Постбек — что отправлено и что ответил партнёр. Повторите его здесь и сравните с шаблоном партнёра, чтобы найти незаменённый макрос или неверно закодированное значение.</translation>
    </message>
    <message>
        <source>Open a case in the Cases list first, and every exchange is kept with it as evidence for the partner.</source>
        <translation>Сначала откройте кейс в списке «Кейсы» — и каждый обмен сохранится в нём как доказательство для партнёра.</translation>
    </message>
    <message>
        <source>Trace a click</source>
        <translation>Проследить клик</translation>
    </message>
    <message>
        <source>Compare with the template</source>
        <translation>Сравнить с шаблоном</translation>
    </message>
    <message>
        <source>Test a Meta CAPI event</source>
        <translation>Проверить событие Meta CAPI</translation>
    </message>
    <message>
        <source>Read the guide (F1)</source>
        <translation>Прочитать руководство (F1)</translation>
    </message>
</context>
<context>
    <name>pbw::ui::GuideWindow</name>
    <message>
        <source>Guide: proving a postback, layer by layer</source>
        <translation>Руководство: как проверить постбек слой за слоем</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>В этой сборке нет руководства.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ImportHarDialog</name>
    <message>
        <source>Import requests from %1</source>
        <translation>Импорт запросов из %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Into a new case</source>
        <translation>В новый кейс</translation>
    </message>
    <message>
        <source>Into the open case</source>
        <translation>В открытый кейс</translation>
    </message>
    <message>
        <source>Into the open case &quot;%1&quot;</source>
        <translation>В открытый кейс «%1»</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>Их &amp;роль:</translation>
    </message>
    <message>
        <source>Choose the requests to keep as exchanges. Tokens and passwords in them are replaced by [redacted] before they are saved.</source>
        <translation>Выберите запросы, которые нужно сохранить как обмены. Токены и пароли в них заменяются на [redacted] до сохранения.</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>запись %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the file cannot be imported and are not listed (%1).</source>
        <translation>
            <numerusform>%n запись файла нельзя импортировать, она не показана (%1).</numerusform>
            <numerusform>%n записи файла нельзя импортировать, они не показаны (%1).</numerusform>
            <numerusform>%n записей файла нельзя импортировать, они не показаны (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Role of those without one:</source>
        <translation>&amp;Роль для запросов без неё:</translation>
    </message>
    <message numerus="yes">
        <source>The file says the role of %n request(s): each keeps it.</source>
        <translation>
            <numerusform>В файле указана роль %n запроса: она сохранится.</numerusform>
            <numerusform>В файле указана роль %n запросов: у каждого она сохранится.</numerusform>
            <numerusform>В файле указана роль %n запросов: у каждого она сохранится.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::LinkBuilderView</name>
    <message>
        <source>Offer or tracker URL</source>
        <translation>Адрес оффера или трекера</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value or macro</source>
        <translation>Значение или макрос</translation>
    </message>
    <message>
        <source>Macro syntax</source>
        <translation>Синтаксис макросов</translation>
    </message>
    <message>
        <source>Macro for the selected row</source>
        <translation>Макрос для выбранной строки</translation>
    </message>
    <message>
        <source>Puts the selected parameter&apos;s macro in this syntax as its value, e.g. {subid}</source>
        <translation>Подставляет значением макрос выбранного параметра в этом синтаксисе, например {subid}</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Трекинговая ссылка</translation>
    </message>
    <message>
        <source>Trace this link</source>
        <translation>Проследить эту ссылку</translation>
    </message>
    <message>
        <source>QA click</source>
        <translation>Тестовый клик</translation>
    </message>
    <message>
        <source>Trace with a fresh test click ID</source>
        <translation>Проследить с новым тестовым click ID</translation>
    </message>
    <message>
        <source>Puts a new, recognisable click ID (qa-date-code) into the chosen parameter, traces the link, and says whether it reached the landing page intact.</source>
        <translation>Подставляет в выбранный параметр новый узнаваемый click ID (qa-дата-код), проходит по ссылке и показывает, дошёл ли он до лендинга целым.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ListenerForm</name>
    <message>
        <source>HTTPS needs a certificate: make one, or use your own.</source>
        <translation>Для HTTPS нужен сертификат: создайте его или укажите свой.</translation>
    </message>
    <message>
        <source>Your certificate (PEM)</source>
        <translation>Ваш сертификат (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Its private key (PEM, not encrypted)</source>
        <translation>Его закрытый ключ (PEM, без шифрования)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Ключи (*.pem *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Making the certificate…</source>
        <translation>Создаётся сертификат…</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>No certificate yet.</source>
        <translation>Сертификата пока нет.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Принимать:</translation>
    </message>
    <message>
        <source>this computer only (127.0.0.1)</source>
        <translation>только с этого компьютера (127.0.0.1)</translation>
    </message>
    <message>
        <source>all network interfaces</source>
        <translation>на всех сетевых интерфейсах</translation>
    </message>
    <message>
        <source>Where the tracker&apos;s callbacks can come from</source>
        <translation>Откуда могут приходить постбеки трекера</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>любой свободный</translation>
    </message>
    <message>
        <source>Once started, the port taken is kept, so the URL given to the tracker stays the same</source>
        <translation>После запуска занятый порт запоминается, и URL, выданный трекеру, не меняется</translation>
    </message>
    <message>
        <source>HTTPS when the tracker sends only to https:// addresses</source>
        <translation>HTTPS — если трекер отправляет постбеки только на адреса https://</translation>
    </message>
    <message>
        <source>Behind a tunnel on this computer</source>
        <translation>Через туннель на этом компьютере</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For and Forwarded from 127.0.0.1 (ssh -R, a reverse proxy): the From column then names the real client</source>
        <translation>Доверять X-Forwarded-For и Forwarded от 127.0.0.1 (ssh -R, обратный прокси): тогда в столбце «Откуда» будет настоящий клиент</translation>
    </message>
    <message>
        <source>Anyone on your network can reach the catcher. Only requests under its secret path are kept; the rest are answered 404 and counted. On the tracker&apos;s side, use this computer&apos;s network address in place of 127.0.0.1.</source>
        <translation>Приёмник доступен любому в вашей сети. Сохраняются только запросы по секретному пути; на остальные приходит ответ 404, и они учитываются в счётчиках. На стороне трекера укажите сетевой адрес этого компьютера вместо 127.0.0.1.</translation>
    </message>
    <message>
        <source>Make a certificate</source>
        <translation>Создать сертификат</translation>
    </message>
    <message>
        <source>A self-signed certificate for localhost, kept for the next time: tell the tracker&apos;s side to trust its fingerprint</source>
        <translation>Самоподписанный сертификат для localhost, сохраняется на следующий раз: на стороне трекера нужно доверять его отпечатку</translation>
    </message>
    <message>
        <source>Use my certificate…</source>
        <translation>Свой сертификат…</translation>
    </message>
    <message>
        <source>A certificate and its private key, both PEM files</source>
        <translation>Сертификат и его закрытый ключ, оба в файлах PEM</translation>
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
        <translation>Отправить постбек в точности как есть и сохранить полный ответ</translation>
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
        <translation>&amp;Копировать ответ</translation>
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
        <translation>&lt;h3&gt;Postback Workbench %1&lt;/h3&gt;&lt;p&gt;Выясните, почему конверсия по постбеку не засчиталась, исправьте постбек и докажите партнёру, что исправление работает.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (LGPL-3.0; &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;) и QtKeychain (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Template diff</source>
        <translation>Сравнение с шаблоном</translation>
    </message>
    <message>
        <source>Put the partner&apos;s template beside the real callback, or the failing callback beside the corrected one</source>
        <translation>Сравнить шаблон партнёра с настоящим постбеком или нерабочий постбек с исправленным</translation>
    </message>
    <message>
        <source>&amp;Template diff</source>
        <translation>&amp;Сравнение с шаблоном</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Хранилище кейсов</translation>
    </message>
    <message>
        <source>Saved to the case as exchange %1 (%2).</source>
        <translation>Сохранено в кейс как обмен %1 (%2).</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>The open case: checklist, exchanges, the partner&apos;s confirmation, notes, and Compare</source>
        <translation>Открытый кейс: чек-лист, обмены, подтверждение партнёра, заметки и сравнение</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Кейс</translation>
    </message>
    <message>
        <source>&amp;Undo delete case</source>
        <translation>&amp;Вернуть удалённый кейс</translation>
    </message>
    <message>
        <source>Start a new store</source>
        <translation>Начать новое хранилище</translation>
    </message>
    <message>
        <source>Continue without cases</source>
        <translation>Продолжить без кейсов</translation>
    </message>
    <message>
        <source>A new store starts empty; the unusable file is kept beside it, renamed, so nothing in it is lost.</source>
        <translation>Новое хранилище начнётся пустым; непригодный файл останется рядом под другим именем, и ничего из него не пропадёт.</translation>
    </message>
    <message>
        <source>The unusable store was kept as &quot;%1&quot;.</source>
        <translation>Непригодное хранилище сохранено как «%1».</translation>
    </message>
    <message>
        <source>Exchanges stay in this session until the store can be opened.</source>
        <translation>Обмены остаются в этом сеансе, пока хранилище не удастся открыть.</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>Утверждённый шаблон</translation>
    </message>
    <message>
        <source>Saved to the case.</source>
        <translation>Сохранено в кейс.</translation>
    </message>
    <message>
        <source>&amp;Export case…</source>
        <translation>&amp;Экспорт кейса…</translation>
    </message>
    <message>
        <source>&amp;Import case or HAR…</source>
        <translation>&amp;Импорт кейса или HAR…</translation>
    </message>
    <message>
        <source>Redirect trace</source>
        <translation>Цепочка редиректов</translation>
    </message>
    <message>
        <source>Follow a click hop by hop and see where a click ID is lost; extract click IDs; build a tracking link and run a QA click</source>
        <translation>Пройти по клику шаг за шагом и увидеть, где теряется click ID; извлечь click ID; собрать трекинговую ссылку и сделать тестовый клик</translation>
    </message>
    <message>
        <source>&amp;Redirect trace</source>
        <translation>Цепочка &amp;редиректов</translation>
    </message>
    <message>
        <source>Open or create a case first: the trace is kept in a case.</source>
        <translation>Сначала откройте или создайте кейс: цепочка сохраняется в кейсе.</translation>
    </message>
    <message numerus="yes">
        <source>The trace is kept in the case: %n hop(s) as the reference click, and its story as a note.</source>
        <translation>
            <numerusform>Цепочка сохранена в кейсе: %n шаг — как эталонный клик, а её история — заметкой.</numerusform>
            <numerusform>Цепочка сохранена в кейсе: %n шага — как эталонный клик, а её история — заметкой.</numerusform>
            <numerusform>Цепочка сохранена в кейсе: %n шагов — как эталонный клик, а её история — заметкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cases stay in %1.</source>
        <translation>Кейсы остаются в %1.</translation>
    </message>
    <message>
        <source>Cases are now kept in %1.</source>
        <translation>Теперь кейсы хранятся в %1.</translation>
    </message>
    <message>
        <source>Se&amp;nd the corrected callback to Replay</source>
        <translation>&amp;Отправить исправленный постбек в «Повтор»</translation>
    </message>
    <message>
        <source>T&amp;race the click</source>
        <translation>&amp;Проследить клик</translation>
    </message>
    <message>
        <source>Se&amp;nd the events to Meta</source>
        <translation>&amp;Отправить события в Meta</translation>
    </message>
    <message>
        <source>&amp;Cancel the trace</source>
        <translation>О&amp;тменить проверку цепочки</translation>
    </message>
    <message>
        <source>Go to the a&amp;ddress</source>
        <translation>Перейти к &amp;адресу</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>&amp;Руководство по методу</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <source>Reconcile the tracker&apos;s conversions with the partner&apos;s report and send the missing callbacks again, safely</source>
        <translation>Сверить конверсии трекера с отчётом партнёра и безопасно переотправить недостающие постбеки</translation>
    </message>
    <message>
        <source>Exchange %1 is no longer in the open case.</source>
        <translation>Обмена %1 больше нет в открытом кейсе.</translation>
    </message>
    <message>
        <source>Reco&amp;ncile the two files</source>
        <translation>&amp;Сверить два файла</translation>
    </message>
    <message>
        <source>&amp;Cancel the reconcile or the send</source>
        <translation>О&amp;тменить сверку или отправку</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>Св&amp;ерка</translation>
    </message>
    <message>
        <source>S&amp;top listening</source>
        <translation>&amp;Остановить приём</translation>
    </message>
    <message>
        <source>S&amp;tart listening</source>
        <translation>&amp;Начать приём</translation>
    </message>
    <message>
        <source>Catch</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Receive the callbacks the tracker really fires, and check each against the partner&apos;s template as it arrives</source>
        <translation>Принимать постбеки, которые на самом деле отправляет трекер, и проверять каждый по шаблону партнёра, как только он придёт</translation>
    </message>
    <message>
        <source>Catc&amp;h</source>
        <translation>При&amp;ём</translation>
    </message>
    <message>
        <source>Conversion APIs</source>
        <translation>API конверсий</translation>
    </message>
    <message>
        <source>Compose one conversion event; see it as Meta, TikTok, Snapchat, Google Ads, GA4, Pinterest and Reddit receive it; validate, send and read each platform&apos;s answer</source>
        <translation>Составить одно событие конверсии; увидеть, каким его получат Meta, TikTok, Snapchat, Google Ads, GA4, Pinterest и Reddit; проверить, отправить и прочитать ответ каждой платформы</translation>
    </message>
    <message>
        <source>Conversion &amp;APIs</source>
        <translation>&amp;API конверсий</translation>
    </message>
</context>
<context>
    <name>pbw::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новый кейс</translation>
    </message>
    <message>
        <source>What fails, e.g. &quot;Purchases on offer 12 not credited&quot;</source>
        <translation>Что не работает, например «Не засчитываются покупки по офферу 12»</translation>
    </message>
    <message>
        <source>The network or advertiser, e.g. MyNet</source>
        <translation>Партнёрка или рекламодатель, например MyNet</translation>
    </message>
    <message>
        <source>The offer&apos;s name or ID</source>
        <translation>Название или ID оффера</translation>
    </message>
    <message>
        <source>e.g. Keitaro, Binom, Voluum</source>
        <translation>например Keitaro, Binom, Voluum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Партнёр:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Оффер:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>Т&amp;рекер:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Only the title is needed now; the rest can be filled in later on the Case tab.</source>
        <translation>Сейчас нужно только название; остальное можно заполнить позже на вкладке «Кейс».</translation>
    </message>
</context>
<context>
    <name>pbw::ui::NormalizationTable</name>
    <message>
        <source>%1 (event %2)</source>
        <translation>%1 (событие %2)</translation>
    </message>
    <message>
        <source>sent as it is (never hashed)</source>
        <translation>отправляется как есть (не хешируется)</translation>
    </message>
    <message>
        <source>already a hash: %1</source>
        <translation>уже хеш: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Введено</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Нормализовано</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>SHA-256 sent</source>
        <translation>Отправленный SHA-256</translation>
    </message>
</context>
<context>
    <name>pbw::ui::PlatformSendBox</name>
    <message>
        <source>Send for real?</source>
        <translation>Отправить по-настоящему?</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: correct the errors first.</source>
        <translation>В %1 ничего не отправлено: сначала исправьте ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>This is not a test: %1 records %n conversion(s) for account %2, and they count in its reports and optimisation. Send them?</source>
        <translation>
            <numerusform>Это не тест: %1 запишет %n конверсию для аккаунта %2, и это отразится в его отчётах и оптимизации. Отправить?</numerusform>
            <numerusform>Это не тест: %1 запишет %n конверсии для аккаунта %2, и это отразится в его отчётах и оптимизации. Отправить?</numerusform>
            <numerusform>Это не тест: %1 запишет %n конверсий для аккаунта %2, и это отразится в его отчётах и оптимизации. Отправить?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s) to %1…</source>
        <translation>
            <numerusform>Отправка %n события в %1…</numerusform>
            <numerusform>Отправка %n событий в %1…</numerusform>
            <numerusform>Отправка %n событий в %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Test mode: check, record nothing</source>
        <translation>Тестовый режим: проверить, ничего не записывать</translation>
    </message>
    <message>
        <source>Test code</source>
        <translation>Тестовый код</translation>
    </message>
    <message>
        <source>from %1&apos;s events manager</source>
        <translation>из менеджера событий %1</translation>
    </message>
    <message>
        <source>not needed for %1</source>
        <translation>для %1 не требуется</translation>
    </message>
    <message>
        <source>Click ID (%1)</source>
        <translation>Click ID (%1)</translation>
    </message>
    <message>
        <source>used when the event&apos;s click_ids has none</source>
        <translation>используется, если в click_ids события его нет</translation>
    </message>
    <message>
        <source>kept in the keychain for this account</source>
        <translation>сохранён в хранилище ключей для этого аккаунта</translation>
    </message>
    <message>
        <source>Real send: %1 records these conversions.</source>
        <translation>Настоящая отправка: %1 запишет эти конверсии.</translation>
    </message>
    <message>
        <source>Send as a test</source>
        <translation>Отправить как тест</translation>
    </message>
    <message>
        <source>Send for real…</source>
        <translation>Отправить по-настоящему…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>What %1 receives (without its secrets)</source>
        <translation>Что получает %1 (без секретов)</translation>
    </message>
    <message>
        <source>The platform&apos;s answer</source>
        <translation>Ответ платформы</translation>
    </message>
</context>
<context>
    <name>pbw::ui::PlatformView</name>
    <message>
        <source>%1 (unhashed)</source>
        <translation>%1 (без хеширования)</translation>
    </message>
    <message>
        <source>%1 does not take this field.</source>
        <translation>%1 не принимает это поле.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Отправляется как %1</translation>
    </message>
    <message>
        <source>Normalisation: %1</source>
        <translation>Нормализация: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>One event, as each platform receives it: ≠ marks a value that differs from the first column&apos;s (Meta&apos;s); point at a cell for its hash and rule.</source>
        <translation>Одно событие так, как его получает каждая платформа: ≠ отмечает значение, которое отличается от значения в первом столбце (Meta); наведите указатель на ячейку, чтобы увидеть хеш и правило.</translation>
    </message>
    <message>
        <source>Where the platforms disagree, and why</source>
        <translation>Где платформы расходятся и почему</translation>
    </message>
    <message>
        <source>Customer information per platform</source>
        <translation>Данные клиента по платформам</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Введено</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n error(s)</source>
        <translation>
            <numerusform>✗ %n ошибка</numerusform>
            <numerusform>✗ %n ошибки</numerusform>
            <numerusform>✗ %n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! %n warning(s)</source>
        <translation>
            <numerusform>! %n предупреждение</numerusform>
            <numerusform>! %n предупреждения</numerusform>
            <numerusform>! %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems for %1.</source>
        <translation>Для %1 проблем нет.</translation>
    </message>
    <message>
        <source>No customer information yet.</source>
        <translation>Данных клиента пока нет.</translation>
    </message>
    <message>
        <source>Every platform receives the same values.</source>
        <translation>Все платформы получают одинаковые значения.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — %3</source>
        <translation>%1 «%2» — %3</translation>
    </message>
</context>
<context>
    <name>pbw::ui::ReconcileModel</name>
    <message>
        <source>Partner&apos;s report, line %1</source>
        <translation>Отчёт партнёра, строка %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Click ID</source>
        <translation>Click ID</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID транзакции</translation>
    </message>
    <message>
        <source>Tracker payout</source>
        <translation>Выплата трекера</translation>
    </message>
    <message>
        <source>Partner payout</source>
        <translation>Выплата партнёра</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Tracker line</source>
        <translation>Строка трекера</translation>
    </message>
    <message>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <source>%1 · exchange %2</source>
        <translation>%1 · обмен %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Re-fire</source>
        <translation>Переотправка</translation>
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
        <translation>Отправить постбек в точности как введён (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Обмены этого сеанса (двойной щелчок — загрузить запрос снова)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Не удаётся отправить</translation>
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
    <message>
        <source>Save &amp;as:</source>
        <translation>Сохранять &amp;как:</translation>
    </message>
    <message>
        <source>The role the next exchange gets in the case</source>
        <translation>Роль, которую получит в кейсе следующий обмен</translation>
    </message>
    <message>
        <source>No case open: exchanges stay in this session. Open or create a case in the Cases list to keep them.</source>
        <translation>Кейс не открыт: обмены остаются в этом сеансе. Откройте или создайте кейс в списке кейсов, чтобы сохранить их.</translation>
    </message>
    <message>
        <source>Every exchange is saved to the case &quot;%1&quot;.</source>
        <translation>Каждый обмен сохраняется в кейс «%1».</translation>
    </message>
    <message>
        <source>The case&apos;s exchanges (double-click to load the request again)</source>
        <translation>Обмены кейса (двойной щелчок — загрузить запрос снова)</translation>
    </message>
    <message>
        <source>Keep tokens in the keychain</source>
        <translation>Хранить токены в хранилище ключей</translation>
    </message>
    <message>
        <source>The case never holds tokens, passwords or credential headers: it shows [redacted]. Ticked, their values are kept in the system keychain so the request can be sent again as it was; unticked, they are not kept anywhere.</source>
        <translation>В кейсе никогда не хранятся токены, пароли и заголовки авторизации: вместо них — [redacted]. Если флажок стоит, их значения хранятся в системном хранилище ключей и запрос можно отправить снова точно таким же; если снят — они нигде не сохраняются.</translation>
    </message>
    <message>
        <source>No keychain is available, so tokens and passwords in saved exchanges are not kept: the case shows [redacted] where they were. Type them again when you resend. (%1)</source>
        <translation>Хранилище ключей недоступно, поэтому токены и пароли из сохранённых обменов не хранятся: в кейсе на их месте [redacted]. При повторной отправке введите их заново. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) came back from the keychain into the request.</source>
        <translation>
            <numerusform>%n секретное значение вернулось в запрос из хранилища ключей.</numerusform>
            <numerusform>%n секретных значения вернулись в запрос из хранилища ключей.</numerusform>
            <numerusform>%n секретных значений вернулось в запрос из хранилища ключей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret value(s) of this exchange were not kept.</source>
        <translation>
            <numerusform>%n секретное значение этого обмена не сохранялось.</numerusform>
            <numerusform>%n секретных значения этого обмена не сохранялись.</numerusform>
            <numerusform>%n секретных значений этого обмена не сохранялось.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the value again where the request shows [redacted] before you send.</source>
        <translation>Перед отправкой введите значение заново там, где в запросе стоит [redacted].</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <source>Save to the case</source>
        <translation>Сохранить в кейс</translation>
    </message>
    <message>
        <source>Keep this exchange in the case (a cancelled request is not kept unless you ask)</source>
        <translation>Сохранить этот обмен в кейс (отменённый запрос сохраняется только по вашей просьбе)</translation>
    </message>
    <message>
        <source>Not saved to the case (&quot;Save to the case&quot; keeps it).</source>
        <translation>В кейс не сохранено (кнопка «Сохранить в кейс» сохранит).</translation>
    </message>
    <message>
        <source>This answer belongs to the request sent at %1 (%2 %3), not to the request now in the editor: press Send to get its answer.</source>
        <translation>Этот ответ относится к запросу, отправленному в %1 (%2 %3), а не к запросу, который сейчас в редакторе: нажмите «Отправить», чтобы получить ответ на него.</translation>
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
        <translation>Дополнительно</translation>
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
        <translation>⚠ Ошибки сертификата для этого запроса будут проигнорированы. В обмене будет отмечено, что вы это разрешили.</translation>
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
        <translation>✓ Отправляется в точности как введено.</translation>
    </message>
    <message>
        <source>Sent differently from what you typed:</source>
        <translation>Отправляется не так, как введено:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL постбека</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип содержимого</translation>
    </message>
    <message>
        <source>empty: a direct connection · system · http://host:port · socks5://host:port</source>
        <translation>пусто — напрямую · system — системный · http://host:port · socks5://host:port</translation>
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
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>TLS: the handshake did not complete.</source>
        <translation>TLS: рукопожатие не завершилось.</translation>
    </message>
    <message>
        <source>JSON, shown indented, its members in the order the partner sent them.</source>
        <translation>JSON, показан с отступами, поля — в том порядке, в каком их прислал партнёр.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::RowActions</name>
    <message>
        <source>This row&apos;s callback was not re-fired in the open case.</source>
        <translation>Постбек этой строки не переотправляли в открытом кейсе.</translation>
    </message>
    <message>
        <source>This row has no logged postback to open.</source>
        <translation>У этой строки нет залогированного постбека.</translation>
    </message>
    <message>
        <source>Open exchange %1 in the case</source>
        <translation>Открыть обмен %1 в кейсе</translation>
    </message>
    <message>
        <source>Open in the case</source>
        <translation>Открыть в кейсе</translation>
    </message>
    <message>
        <source>Open the corrected callback in Replay</source>
        <translation>Открыть исправленный постбек в Повторе</translation>
    </message>
    <message>
        <source>Open in Replay</source>
        <translation>Открыть в Повторе</translation>
    </message>
    <message>
        <source>Only the rows of this cause</source>
        <translation>Только строки этой причины</translation>
    </message>
</context>
<context>
    <name>pbw::ui::SecretField</name>
    <message>
        <source>Remove the kept value from the keychain</source>
        <translation>Удалить сохранённое значение из хранилища ключей</translation>
    </message>
    <message>
        <source>●●●●●●●● kept in the keychain; type to replace</source>
        <translation>●●●●●●●● в хранилище ключей; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>asking the keychain…</source>
        <translation>запрос к хранилищу ключей…</translation>
    </message>
    <message>
        <source>enter the pixel ID first</source>
        <translation>сначала введите ID пикселя</translation>
    </message>
</context>
<context>
    <name>pbw::ui::SendDialog</name>
    <message>
        <source>Send the missing callbacks</source>
        <translation>Отправка недостающих постбеков</translation>
    </message>
    <message numerus="yes">
        <source>Send %n callback(s) to %1?</source>
        <translation>
            <numerusform>Отправить %n постбек на %1?</numerusform>
            <numerusform>Отправить %n постбека на %1?</numerusform>
            <numerusform>Отправить %n постбеков на %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is written in the case&apos;s ledger before it is sent and its answer after: none is ever sent twice, and a run that stops can be resumed.</source>
        <translation>Каждый записывается в журнал кейса до отправки, а ответ — после: ни один не уйдёт дважды, а прерванную отправку можно продолжить.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> a second</source>
        <translation> в секунду</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Some networks switch a partner&apos;s postback off after 10 failures in a row.</source>
        <translation>Некоторые сети отключают постбек партнёра после 10 ошибок подряд.</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <source>At once:</source>
        <translation>Одновременно:</translation>
    </message>
    <message>
        <source>Stop after refusals in a row:</source>
        <translation>Остановиться после отказов подряд:</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) the ledger already has (sent, failed or in flight) are not sent again.</source>
        <translation>
            <numerusform>%n постбек уже есть в журнале (отправлен, с ошибкой или был в полёте) — повторно не отправляется.</numerusform>
            <numerusform>%n постбека уже есть в журнале (отправлены, с ошибкой или были в полёте) — повторно не отправляются.</numerusform>
            <numerusform>%n постбеков уже есть в журнале (отправлены, с ошибкой или были в полёте) — повторно не отправляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Не отправлять</translation>
    </message>
    <message>
        <source>At %1 a second: about %2.</source>
        <translation>При %1 в секунду: около %2.</translation>
    </message>
    <message numerus="yes">
        <source>No rate limit: as fast as the partner answers, %n at once.</source>
        <translation>
            <numerusform>Без ограничения скорости: как быстро ответит партнёр, по %n одновременно.</numerusform>
            <numerusform>Без ограничения скорости: как быстро ответит партнёр, по %n одновременно.</numerusform>
            <numerusform>Без ограничения скорости: как быстро ответит партнёр, по %n одновременно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbw::ui::SendsModel</name>
    <message>
        <source>waiting</source>
        <translation>ждёт</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>в полёте</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
</context>
<context>
    <name>pbw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>My phone = Mozilla/5.0 (Linux; Android 14; …)</source>
        <translation>Мой телефон = Mozilla/5.0 (Linux; Android 14; …)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the case store file</source>
        <translation>Выбрать файл хранилища кейсов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>&amp;Тайм-аут по умолчанию:</translation>
    </message>
    <message>
        <source>Default &amp;proxy:</source>
        <translation>&amp;Прокси по умолчанию:</translation>
    </message>
    <message>
        <source>Answer &amp;capture limit:</source>
        <translation>&amp;Лимит сохранения ответа:</translation>
    </message>
    <message>
        <source>A bigger answer is kept up to this size and marked as cut.</source>
        <translation>Больший ответ сохраняется до этого размера и помечается как обрезанный.</translation>
    </message>
    <message>
        <source>&amp;User agents for traces:</source>
        <translation>&amp;User agent для проверки редиректов:</translation>
    </message>
    <message>
        <source>One per line, &quot;Name = user agent&quot;; they follow the shipped presets.</source>
        <translation>По одному в строке, «Название = user agent»; добавляются после встроенных.</translation>
    </message>
    <message>
        <source>&amp;Secret parameter names:</source>
        <translation>&amp;Секретные параметры:</translation>
    </message>
    <message>
        <source>Besides token, security_token, access_token and the like: their values go to the keychain and are [redacted] in cases and exports.</source>
        <translation>Кроме token, security_token, access_token и подобных: их значения уходят в хранилище ключей, а в кейсах и экспорте заменяются на [redacted].</translation>
    </message>
    <message>
        <source>Case &amp;store:</source>
        <translation>&amp;Хранилище кейсов:</translation>
    </message>
    <message>
        <source>&amp;Graph API version:</source>
        <translation>&amp;Версия Graph API:</translation>
    </message>
    <message>
        <source>Case store</source>
        <translation>Хранилище кейсов</translation>
    </message>
    <message>
        <source>Case stores (*.sqlite);;All files (*)</source>
        <translation>Хранилища кейсов (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>empty: a direct connection · system · http://host:port · socks5://host:port</source>
        <translation>пусто — напрямую · system — системный · http://host:port · socks5://host:port</translation>
    </message>
</context>
<context>
    <name>pbw::ui::TemplateDiffPanel</name>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Сравнить:</translation>
    </message>
    <message>
        <source>Partner&apos;s template ↔ real callback</source>
        <translation>Шаблон партнёра ↔ настоящий постбек</translation>
    </message>
    <message>
        <source>Failing callback ↔ corrected callback</source>
        <translation>Нерабочий постбек ↔ исправленный</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;template (with macros)</source>
        <translation>&amp;Шаблон партнёра (с макросами)</translation>
    </message>
    <message>
        <source>&amp;Failing callback</source>
        <translation>&amp;Нерабочий постбек</translation>
    </message>
    <message>
        <source>&amp;Real callback (as sent)</source>
        <translation>&amp;Настоящий постбек (как отправлен)</translation>
    </message>
    <message>
        <source>C&amp;orrected callback</source>
        <translation>&amp;Исправленный постбек</translation>
    </message>
    <message>
        <source>Paste the postback template the partner approved, e.g. https://partner.example/pb?click_id={clickid}&amp;goal=purchase</source>
        <translation>Вставьте утверждённый партнёром шаблон постбека, например https://partner.example/pb?click_id={clickid}&amp;goal=purchase</translation>
    </message>
    <message>
        <source>Paste the callback that returned 200 but did not credit the conversion (a URL, a raw request or a curl command)</source>
        <translation>Вставьте постбек, который получил 200, но конверсию не засчитал (URL, «сырой» запрос или команду curl)</translation>
    </message>
    <message>
        <source>Paste the callback your tracker really sent (a URL, a raw request or a curl command)</source>
        <translation>Вставьте постбек, который трекер отправил на самом деле (URL, «сырой» запрос или команду curl)</translation>
    </message>
    <message>
        <source>Paste the corrected callback</source>
        <translation>Вставьте исправленный постбек</translation>
    </message>
    <message>
        <source>Send in Replay</source>
        <translation>Отправить в «Повтор»</translation>
    </message>
    <message>
        <source>Open this side in the Replay tab</source>
        <translation>Открыть эту сторону на вкладке «Повтор»</translation>
    </message>
    <message>
        <source>Save template to case</source>
        <translation>Сохранить шаблон в кейс</translation>
    </message>
    <message>
        <source>Save both to case</source>
        <translation>Сохранить оба в кейс</translation>
    </message>
    <message>
        <source>Keep the left side in the open case as the partner&apos;s approved template</source>
        <translation>Сохранить левую сторону в открытом кейсе как утверждённый шаблон партнёра</translation>
    </message>
    <message>
        <source>Keep the failing and the corrected callback in a note of the open case</source>
        <translation>Сохранить нерабочий и исправленный постбеки в заметке открытого кейса</translation>
    </message>
    <message>
        <source>Put a callback on the right first: it is the one sent to Replay.</source>
        <translation>Сначала вставьте постбек справа: именно он уходит в «Повтор».</translation>
    </message>
    <message>
        <source>Saved to the case</source>
        <translation>Сохранено в кейс</translation>
    </message>
</context>
<context>
    <name>pbw::ui::TimelineGrid</name>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not in hop %1&apos;s URL.</source>
        <translation>Нет в адресе шага %1.</translation>
    </message>
    <message>
        <source>In hop %1: %2</source>
        <translation>На шаге %1: %2</translation>
    </message>
    <message>
        <source>Appeared at hop %1: %2</source>
        <translation>Появился на шаге %1: %2</translation>
    </message>
    <message>
        <source>Changed at hop %1 to %2</source>
        <translation>Изменился на шаге %1: %2</translation>
    </message>
    <message>
        <source>Still missing at hop %1.</source>
        <translation>На шаге %1 его всё ещё нет.</translation>
    </message>
</context>
<context>
    <name>pbw::ui::TracePanel</name>
    <message>
        <source>Following the click…</source>
        <translation>Проход по ссылке клика…</translation>
    </message>
    <message>
        <source>QA click: following %1=%2…</source>
        <translation>Тестовый клик: проход с %1=%2…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Hop %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Прочитано из: %1</translation>
    </message>
    <message>
        <source>Click URL</source>
        <translation>Ссылка клика</translation>
    </message>
    <message>
        <source>the ad&apos;s click URL, with its gclid, fbclid or tracker parameters</source>
        <translation>ссылка клика из объявления, с gclid, fbclid или параметрами трекера</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Проследить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation>Сохранить в кейс</translation>
    </message>
    <message>
        <source>Keep the hops in the open case as the reference click, with the story as a note</source>
        <translation>Сохранить шаги в открытом кейсе как эталонный клик, а историю — заметкой</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Hop details</source>
        <translation>Подробности шага</translation>
    </message>
    <message>
        <source>Click ID extractor</source>
        <translation>Извлечение click ID</translation>
    </message>
    <message>
        <source>Link builder and QA click</source>
        <translation>Сборка ссылки и тестовый клик</translation>
    </message>
    <message>
        <source>Paste the ad&apos;s click URL and press Trace: every hop down to the landing page, and where a click ID is lost.</source>
        <translation>Вставьте ссылку клика из объявления и нажмите «Проследить»: все шаги до лендинга и место, где теряется click ID.</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Click IDs and parameters, hop by hop</source>
        <translation>Click ID и параметры по шагам</translation>
    </message>
    <message>
        <source>Saved to the case</source>
        <translation>Сохранено в кейс</translation>
    </message>
    <message>
        <source>empty: a direct connection · system · http://host:port</source>
        <translation>пусто — напрямую · system — системный · http://host:port</translation>
    </message>
</context>
<context>
    <name>pbw::ui::VerdictView</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>Judged on the captured part of the body only.</source>
        <translation>Оценено только по сохранённой части тела.</translation>
    </message>
    <message>
        <source>This is an answer documented for %1.</source>
        <translation>Такой ответ описан в документации %1.</translation>
    </message>
    <message>
        <source>Evidence (highlighted in the body):</source>
        <translation>Основания (выделены в теле ответа):</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Что делать дальше: %1</translation>
    </message>
    <message>
        <source>⚠ Your answer rules (%1) are not used: %2</source>
        <translation>⚠ Ваши правила ответов (%1) не используются: %2</translation>
    </message>
    <message>
        <source>How to prove this layer: the guide</source>
        <translation>Как проверить этот слой: руководство</translation>
    </message>
</context>
<context>
    <name>pbw::ui::WhyFilter</name>
    <message>
        <source>Any reason</source>
        <translation>Любая причина</translation>
    </message>
    <message>
        <source>Re-fire: %1 (%2)</source>
        <translation>Переотправка: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows whose callback was sent again through the case&apos;s ledger</source>
        <translation>Строки, постбек которых отправлен повторно через журнал кейса</translation>
    </message>
</context>
</TS>
