<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExchangeText</name>
    <message numerus="yes">
        <source>  … (%n more characters)</source>
        <translation>
            <numerusform>  … (%n more character)</numerusform>
            <numerusform>  … (%n more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireNote</name>
    <message numerus="yes">
        <source> (%n places, the first at position %1)</source>
        <translation>
            <numerusform> (%n place, the first at position %1)</numerusform>
            <numerusform> (%n places, the first at position %1)</numerusform>
        </translation>
    </message>
</context>
</TS>
